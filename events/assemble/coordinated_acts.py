"""An Arabic act of a type told by an event word of its own after a comma and و, in a list
of the same decree or report ("بإعفاء فلان من منصبه، وتعيين فلان خلفا له، وإعفاء وزير
الاقتصاد فلان"): each such word tells another act, of another person, not a second word for
the one before it; a successor's appointment (`خلفا له`) is no second act of the list by this
rule, but an office given after one left is a change of its own (office_turns.py)
(data/assembly.json `coordinated_acts`). A verb of following in
that place ("أعلنت الوزيرة استقالتها الأحد، وتلتها وزيرة العدل صباح أمس") tells the same act
done again by another person: an event of the type of the act told before it; so does an English
phrase of doing the same after "and" and a subject ("Egypt signed a peace treaty in 1979 and Jordan
followed suit in 1994"). With no time of its own, that act done again took the day of the act
it follows, when that act is told with a day ("أعلنت الوزيرة استقالتها أمس، ولحق بها في وقت لاحق
وزير البيئة")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import ActorMention, Event, PlaceMention, TimeMention, TriggerMention
from events.text.lazy import LazyPattern
from events.text.normalize import is_arabic

_COMMA_BEFORE = LazyPattern(r"[،,]\s*$")
_CLAUSE_END = re.compile(r"[،,.;:؛]")


@lru_cache(maxsize=4)
def load_coordinated_acts(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """The types concerned (`coordinated_acts.types`) and a search for a word that names the
    person of the act as the successor of the one before (`coordinated_acts.successor_words`)."""
    rules = load_assembly_rules(path).get("coordinated_acts", {})
    words = alternation(rules.get("successor_words", ()), spaced=True)
    return frozenset(rules.get("types", ())), re.compile(r"(?<!\w)(?:" + words + r")(?!\w)")


@lru_cache(maxsize=4)
def load_additive_opener(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end, for a comma and a phrase of addition
    (`coordinated_acts.additive_openers`: إضافة إلى، فضلا عن) right before an event word."""
    words = alternation(load_assembly_rules(path).get("coordinated_acts", {}).get("additive_openers", ()), spaced=True)
    return re.compile(r"[،,]\s*[وف]?(?:" + words + r")\s+$")


def coordinated_act(
    text: str, sentence: tuple[int, int], event_type: str, start: int, end: int, next_start: int | None = None
) -> bool:
    """Whether an Arabic event word of the types concerned (at `start`-`end` in `sentence`)
    opens, with و after a comma (or after a comma and a phrase of addition, "، إضافة إلى
    إعفاء وزير الاقتصاد"), a clause of its own that names no successor before the next event
    word of its type (`next_start`: "وإعفاء فلان من منصبه وتعيين فلان بدلا منه" names the
    successor of the appointment after it, and is an act of its own)."""
    types, successor = load_coordinated_acts()
    if event_type not in types:
        return False
    if text.startswith("و", start):
        if _COMMA_BEFORE.search(text, max(sentence[0], start - 3), start) is None:
            return False
    elif load_additive_opener().search(text, max(sentence[0], start - 30), start) is None:
        return False
    stop = _CLAUSE_END.search(text, end, sentence[1])
    limit = stop.start() if stop else sentence[1]
    if next_start is not None and end <= next_start < limit:
        limit = next_start
    return successor.search(text, end, limit) is None


def told_as_coordinated_act(text: str, cand: _Candidate, later: Sequence[TriggerMention] = ()) -> bool:
    """Whether a candidate's event word is such an act (see `coordinated_act`); `later`: the
    event words after it in its sentence."""
    following = next((t.start for t in later if t.event_type == cand.event_type and t.start >= cand.trigger[1]), None)
    return coordinated_act(text, cand.sentence, cand.event_type, *cand.trigger[:2], following)


@lru_cache(maxsize=4)
def load_following_verb(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a comma, then a verb of following with its object pronoun, perhaps with و
    joined (`coordinated_acts.following_verbs`: تلته، وتبعتها، لحقت بها)."""
    verbs = alternation(load_assembly_rules(path).get("coordinated_acts", {}).get("following_verbs", ()), spaced=True)
    return re.compile(r"[،,]\s*(و?(?:" + verbs + r"))(?!\w)")


@lru_cache(maxsize=4)
def load_following_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """The types of an Arabic act a verb of following tells done again (`coordinated_acts.following_types`)."""
    rules = load_assembly_rules(path).get("coordinated_acts", {})
    return frozenset(rules.get("following_types", rules.get("types", ())))


@lru_cache(maxsize=4)
def load_following_verb_en(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for "and", a subject of one to four words and an English phrase of doing the same
    (`coordinated_acts.following_verbs_en`: followed suit, did the same)."""
    verbs = alternation(load_assembly_rules(path).get("coordinated_acts", {}).get("following_verbs_en", ()), spaced=True)
    return re.compile(r"(?<![^\W\d_])and\s+(?:[\w'’-]+\s+){1,4}?(" + verbs + r")(?![^\W\d_])", re.IGNORECASE)


_SUBJECT_REACH = 16  # characters after the verb of following in which its subject stands


def followed_acts(text: str, candidates: list[_Candidate], words: Sequence[TriggerMention] = ()) -> list[_Candidate]:
    """The acts told by a verb of following after an Arabic event word of the types concerned
    in its sentence, or by an English phrase of doing the same after an English event word of
    any type ("Egypt signed a peace treaty in 1979 and Jordan followed
    suit in 1994"), each an event of that type told by the verb; not when the subject of the verb
    of following is an event word of `words` (another deed came next: تلتها حرب الخليج)."""
    types = load_following_types()
    found: list[_Candidate] = []
    for c in candidates:
        if c.reference_id is not None:
            continue
        if c.circumstance and any(o.sentence == c.sentence and not o.circumstance for o in candidates):
            # "severed relations with Iran after protesters stormed its embassy, and Bahrain followed
            # suit": the follower did the sentence's own deed, not the one told as its cause
            continue
        if is_arabic(c.trigger_text[:1]):
            following = load_following_verb() if c.event_type in types else None
        else:
            following = load_following_verb_en()
        if following is None:
            continue
        for m in following.finditer(text, c.trigger[1], c.sentence[1]):
            if any(m.end(1) < w.start <= m.end(1) + _SUBJECT_REACH for w in words):
                continue  # "فرض عقوبات ...، تلتها حرب الخليج": another deed followed, told by its own word
            if not is_arabic(c.trigger_text[:1]) and not _a_named_follower(text, m, words):
                continue  # "and protests followed in Ramallah": another deed came next
            found.append(
                replace(c, trigger=(m.start(1), m.end(1)), trigger_text=m.group(1), tense="past", definite=False, described=False, annexed=None)
            )
    return found


# phrases of doing the same that name the deed by "suit", "the same", "so" or "lead": any subject
_SAME_DEED = LazyPattern(r"(?:suit|same|likewise|so|lead)$", re.IGNORECASE)


def _a_named_follower(text: str, m: re.Match[str], words: Sequence[TriggerMention]) -> bool:
    """Whether the subject of an English phrase of following (between "and" and the phrase) is a
    side that did the deed again: no event word of its own ("and protests followed"), and a name
    (a capitalised word) before a bare "followed" ("and Bahrain followed on Sept. 11")."""
    if any(m.start() < w.start < m.start(1) for w in words):
        return False
    if _SAME_DEED.search(m.group(1)) is not None:
        return True
    subject = text[m.start() : m.start(1)].split()
    if len(subject) < 2 or not subject[-1][:1].isupper():
        return False
    # "and London followed on Tuesday by summoning the ambassador", "followed in October with a
    # missile barrage": the deed that followed is the one the phrase after it names ("along with
    # France", "with the backing of Washington" name none)
    stop = _CLAUSE_END.search(text, m.end(1))
    return _ANOTHER_DEED.search(text, m.end(1), stop.start() if stop else len(text)) is None


_ANOTHER_DEED = LazyPattern(r"\b(?:by\s+[a-z]+ing|(?<!along\s)with\s+(?:a|an)\s)", re.IGNORECASE)


def names_apart_from_the_follower(
    text: str, actors: list[ActorMention], places: list[PlaceMention], cand: _Candidate, words: Sequence[TriggerMention]
) -> tuple[list[ActorMention], list[PlaceMention]]:
    """The names of an English deed and of the one that follows it by a phrase of doing the same
    ("Egypt signed a peace treaty with Israel in 1979 and Jordan did so in 1994"), each without
    the other's doer: the first deed leaves the subject between "and" and the phrase, the one done
    again the subject before the first deed's word; the side both dealt with stays with each."""
    if is_arabic(cand.trigger_text[:1]):
        return actors, places
    following = load_following_verb_en()
    if any(m.span(1) == cand.trigger for m in following.finditer(text, max(cand.sentence[0], cand.trigger[0] - 80), cand.trigger[1])):
        and_start = text.rfind(" and ", cand.sentence[0], cand.trigger[0])
        first = [w for w in words if w.event_type == cand.event_type and cand.sentence[0] <= w.start and w.end <= and_start]
        if not first:
            return actors, places
        start = first[-1].start
        return [a for a in actors if a.start >= start], [p for p in places if p.start >= start]
    m = following.search(text, cand.trigger[1], cand.sentence[1])
    if m is None:
        return actors, places
    lo, hi = m.start(), m.start(1)
    return [a for a in actors if not lo <= a.start < hi], [p for p in places if not lo <= p.start < hi]


def _a_following_verb(text: str, cand: _Candidate) -> bool:
    """Whether the candidate's word is a verb of following (see `followed_acts`)."""
    pattern = load_following_verb() if is_arabic(cand.trigger_text[:1]) else load_following_verb_en()
    return any(m.span(1) == cand.trigger for m in pattern.finditer(text, max(cand.sentence[0], cand.trigger[0] - 80), cand.trigger[1]))


@lru_cache(maxsize=4)
def load_later_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for words of a later time than the act followed (`coordinated_acts.later_words`:
    بعد أيام، في الأسبوع التالي, days later), which make the act done again one of another day."""
    words = alternation(load_assembly_rules(path).get("coordinated_acts", {}).get("later_words", ()), spaced=True)
    return re.compile(r"(?<![^\W\d_])(?:" + words + r")(?![^\W\d_])", re.IGNORECASE)


def date_by_the_act_followed(
    event: Event, cand: _Candidate, text: str, told: Sequence[Event], spans: dict, dates: Sequence[TimeMention] = ()
) -> None:
    """Date an act done again, told by a verb of following with no time of its own, by the day of
    the act of its type told before it in its sentence ("استقالتها أمس، ولحق بها وزير البيئة"); not
    one told with a time of its clause, a later one included ("ولحق بها بعد أيام وزير البيئة")."""
    if event.date_basis != "publication" or not _a_following_verb(text, cand):
        return
    stop = _CLAUSE_END.search(text, cand.trigger[1], cand.sentence[1])
    clause_end = stop.start() if stop is not None else cand.sentence[1]
    if any(cand.trigger[1] <= d.start < clause_end for d in dates) or load_later_words().search(text, cand.trigger[1], clause_end):
        return
    followed = next(
        (
            ev
            for ev in reversed(told)
            if ev.spans.get("quote") == [*cand.sentence]
            and ev.event_type == event.event_type
            and ev.date_precision == "day"
            and ev.date_basis in ("explicit", "relative")
            and ev.spans.get("trigger", [cand.trigger[0]])[0] < cand.trigger[0]
        ),
        None,
    )
    if followed is None:
        return
    event.date, event.date_precision, event.date_basis = followed.date, followed.date_precision, followed.date_basis
    if followed.spans.get("date"):
        spans["date"] = list(followed.spans["date"])
