"""An English event told by the second verb of a coordinated pair ("a delegation visited Erbil
and signed preliminary agreements", "withdrew from the deal in 2018 and reimposed sanctions"):
the subject shared by the two verbs did both, so the second is an event of its own, beside
the one of the first verb, in the same clause."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from events.assemble.after_phrases import load_verb_joiner
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _CLAUSE_BREAK, DOMINATES, _Candidate
from events.text.lazy import LazyPattern


@lru_cache(maxsize=4)
def load_second_verb_object(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end of the searched text, for "and" (perhaps with an adverb of
    sequence after it, data/assembly.json `second_verbs.adverbs`), then a verb that carries out the
    act its object names (`second_verbs.object_verbs`) and at most `second_verbs.object_words`
    words of that object, none of them a preposition (`second_verbs.object_stops`), or a verb in
    the passive that puts the subject under that state ("and was then held under")."""
    rules = load_assembly_rules(path).get("second_verbs", {})
    adverbs = alternation(rules.get("adverbs", ()), spaced=True)
    verbs = alternation(rules.get("object_verbs", ()), spaced=True)
    stops = alternation(rules.get("object_stops", ()))
    words = int(rules.get("object_words", 0))
    auxiliaries = alternation(rules.get("auxiliaries", ()), spaced=True)
    passive = alternation(rules.get("passive_verbs", ()), spaced=True)
    return re.compile(
        r"(?<![\w-])and\s+(?:(?:" + adverbs + r")\s+)?(?:(?:" + verbs + r")"
        r"(?:\s+(?!(?:" + stops + r")(?![\w-]))[\w'$.,-]+){0," + str(words) + r"}"
        r"|(?:" + auxiliaries + r")\s+(?:(?:" + adverbs + r")\s+)?(?:" + passive + r"))\s+$",
        re.IGNORECASE,
    )


# a verb in the past in -ed after the first word of a longer event word ("Houthis seized Sanaa")
_INNER_PAST = LazyPattern(r"(?<=\s)[a-z]+ed(?![\w-])")
# a comma right before the word: the participle opens a clause of its own
_COMMA_BEFORE = LazyPattern(r",\s*$")
# an English participle in -ing as the event word ("detaining", "dissolving the government")
_PARTICIPLE = LazyPattern(r"[a-z]+ing(?![\w-])", re.IGNORECASE)
# the fewest words before the comma of a participle's clause for a main clause to stand there
_MAIN_CLAUSE_WORDS = 3
# a participle in -ing right after a comma, the name of the one it acts on (capitalised words),
# and a preposition that puts that one under or into the state the event noun names ("placing
# Mugabe under house arrest", "taking Duterte into custody")
_PARTICIPLE_PUTTING = LazyPattern(r",\s*[a-z]+ing\s+(?:[A-Z][\w'.-]*\s+){1,4}(?:under|into)\s+(?:the\s+)?$")
_PUTTING_REACH = 80


def _told_by_a_participle(text: str, cand: _Candidate, first: _Candidate) -> bool:
    """Whether an English event word of another type than the sentence's main one is a
    participle in -ing opening, right after a comma, a clause after that word ("seized power
    in a coup, detaining the prime minister"), or after a main clause of its own when the main
    word comes later ("seized power in August 2020, detaining President Keita, and then staged a
    second coup"; "pledged to work towards denuclearisation, signing a joint statement at the end of
    the summit"); or the noun of a participle that puts the one it names under it ("sent armoured
    vehicles onto the streets, placing Mugabe under house arrest"): the subject did that deed
    too, as it did the first."""
    start = cand.trigger[0]
    if cand.event_type == first.event_type or not text[start : start + 1].isascii():
        return False
    if first.trigger[1] > start and len(text[cand.sentence[0] : start].split()) < _MAIN_CLAUSE_WORDS:
        return False
    lo = max(cand.sentence[0], first.trigger[1] if first.trigger[1] <= start else cand.sentence[0])
    if _PARTICIPLE.match(text, start) is not None:
        return _COMMA_BEFORE.search(text, max(lo, start - 3), start) is not None
    return not cand.tense and _PARTICIPLE_PUTTING.search(text, max(lo, start - _PUTTING_REACH), start) is not None


def _told_by_a_second_verb(text: str, cand: _Candidate, first: _Candidate) -> bool:
    """Whether an English event word, after the sentence's main event word `first` in its
    clause, is the second of two coordinated verbs in the past, or the object of that second
    verb: "visited Erbil and signed agreements", "withdrew from the deal and reimposed
    sanctions"."""
    start = cand.trigger[0]
    if not text[start : start + 1].isascii() or first.trigger[1] > start:
        return False
    lo = max(first.trigger[1], start - 80)
    if cand.tense == "past":
        return load_verb_joiner().search(text, lo, start) is not None
    return load_second_verb_object().search(text, lo, start) is not None


def _second_verb_after_its_first(text: str, cand: _Candidate, later: _Candidate) -> bool:
    """Whether an English verb in the past is the first of two coordinated verbs whose second,
    the sentence's main event word `later`, tells a deed of another type ("The Houthis seized
    Sanaa in September and placed Hadi under house arrest in January", "attacked the town and
    arrested its mayor"): the subject did both, so the first verb's deed stays beside the
    second's, as the second stays beside the first (`_told_by_a_second_verb`)."""
    start = cand.trigger[0]
    if cand.event_type == later.event_type or _one_takes_in_the_other(cand, later):
        return False
    if not text[start : start + 1].isascii():
        return _joined_arabic_past_verbs(text, cand, later)
    # the verb itself, or a name that holds its verb ("Houthis seized Sanaa", a catalog's)
    if cand.tense != "past" and _INNER_PAST.search(cand.trigger_text) is None:
        return False
    return _told_by_a_second_verb(text, later, cand)


# the most words from the first verb to the second (its subject and object, a date between)
_JOINED_VERB_WORDS = 8


def _one_takes_in_the_other(a: _Candidate, b: _Candidate) -> bool:
    """Whether one of the two deeds is part of the other ("visited Ankara and met Erdogan")."""
    return b.event_type in DOMINATES.get(a.event_type, ()) or a.event_type in DOMINATES.get(b.event_type, ())


def _joined_arabic_past_verbs(text: str, cand: _Candidate, other: _Candidate) -> bool:
    """Whether two Arabic event verbs in the past of one clause are joined by و on the later one,
    its subject the same ("هاجم الحوثيون صنعاء في سبتمبر واعتقلوا هادي في يناير"): the subject
    did both, as with the English coordinated verbs, whichever of the two comes first."""
    earlier, later = sorted((cand, other), key=lambda c: c.trigger[0])
    if earlier.tense != "past" or later.tense != "past" or not later.trigger_text.startswith("و"):
        return False
    if text[later.trigger[0] : later.trigger[0] + 1].isascii():
        return False
    between = text[earlier.trigger[1] : later.trigger[0]]
    return _CLAUSE_BREAK.search(between) is None and len(between.split()) <= _JOINED_VERB_WORDS
