"""A deed an official source tells in the article's opening sentences: the article's news.

Outlets often give the day's news as what a party's official or an official body said
("قال متحدث باسم الحكومة البريطانية إن المباحثات بين الجانبين شهدت ...", "أعلن الجيش أن
قواته استعادت ...", "a ministry spokesman said that the talks focused on ..."). Such a
report, in one of the first `sentences` sentences (past the first, only when the article
has told no event before it), by a speaker whose phrase holds one of `speakers` (a
spokesman, a minister, a ministry, the army, the presidency), an unnamed source of the
body it speaks from that holds one ("مصدر في الحكومة", "a source in the ministry"), or whose title set off by
commas beside the name holds one ("قال فلان، المتحدث باسم الحكومة، إن"), tells the news
when the deed is told as done: by a verb in the past, or by a definite noun of the deed
(المباحثات, the talks) that no word of a time to come (`not_after`: سوف، المقبل, will,
next; an Arabic verb with the future's س, `future_prefixes`) follows in its sentence. A
claim, an accusation or a denial is no report and stays out. Words and counts live in
data/assembly.json (`official_leads`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.attribution import Attribution, _bare
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_WORD = re.compile(r"[^\W_]+")
# the Arabic article, after a conjunction or ب/ل (والمباحثات، بالهجوم، للقاء)
_DEFINITE_AR = LazyPattern(r"^[وف]?(?:ب|ل)?ال|^[وف]?لل")
_DEFINITE_EN = LazyPattern(r"\bthe\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)


@lru_cache(maxsize=4)
def load_official_leads(path: Path = ASSEMBLY_RULES) -> tuple[int, frozenset[str], tuple[str, ...]]:
    """(how many opening sentences, speaker words, words of a time to come), folded."""
    data = load_assembly_rules(path)["official_leads"]
    return (
        int(data["sentences"]),
        frozenset(fold_str(w).lower() for w in data["speakers"]),
        tuple(fold_str(w).lower() for w in data["not_after"]),
    )


@lru_cache(maxsize=4)
def load_future_verbs(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """The Arabic future prefixes as a pattern, and the starts of nouns that begin like them."""
    data = load_assembly_rules(path)["official_leads"]
    prefixes = "|".join(fold_str(p) for p in data["future_prefixes"])
    return re.compile(r"^[وف]?(?:" + prefixes + r")\w{3,}$"), tuple(fold_str(w) for w in data["not_future"])


@lru_cache(maxsize=4)
def load_affiliations(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str]]:
    """The nouns of an unnamed source, folded, and a match of the body it speaks from right
    after it: a preposition and up to three words (data/assembly.json `official_leads`)."""
    data = load_assembly_rules(path)["official_leads"]
    nouns = frozenset(fold_str(w).lower() for w in data["source_nouns"])
    prepositions = alternation(data["affiliation_prepositions"], spaced=True)
    return nouns, re.compile(r"\s+(?:" + prepositions + r")\s+((?:[^\s،,.:;؛]+[^\S\n]*){1,3})", re.IGNORECASE)


def _affiliation(text: str, attribution: Attribution) -> str:
    """The body an unnamed source speaks from, as told after it ("مصدر في الحكومة الكندية",
    "a source in the ministry"); empty for any other speaker."""
    nouns, after = load_affiliations()
    words = _WORD.findall(fold_str(text[attribution.speaker_start : attribution.speaker_end]).lower())
    if not words or words[-1] not in nouns:
        return ""
    found = after.match(text, attribution.speaker_end, attribution.speaker_end + 60)
    return found.group(1) if found is not None else ""


# a title set off by commas after a name: "قال فلان، المتحدث باسم الحكومة، إن", "X, a spokesman, said"
_APPOSITION_AFTER = LazyPattern(r"\s*[،,]([^،,.:\n]{1,80})[،,]")
_APPOSITION_BEFORE = LazyPattern(r"[،,]([^،,.:\n]{1,80})[،,]\s*\Z")


def _official_speaker(text: str, attribution: Attribution, sentence_start: int, speakers: frozenset[str]) -> bool:
    """Whether the speaker phrase, or a title set off by commas right after the speaker's name
    (Arabic) or right before the verb of saying (English), holds one of `speakers`."""
    phrase = text[attribution.speaker_start : attribution.speaker_end] + " " + _affiliation(text, attribution)
    after = _APPOSITION_AFTER.match(text, attribution.speaker_end, attribution.speaker_end + 90)
    if after is not None and attribution.speaker_end > attribution.cue_end:
        phrase += " " + after.group(1)
    before = _APPOSITION_BEFORE.search(text, max(sentence_start, attribution.cue_start - 90), attribution.cue_start)
    if before is not None:
        phrase += " " + before.group(1)
    words = _WORD.findall(fold_str(phrase).lower())
    return any(w in speakers or _bare(w) in speakers for w in words)


def _done_by_a_definite_noun(
    text: str, trigger: tuple[int, int], sentence_end: int, not_after: tuple[str, ...]
) -> bool:
    word = text[trigger[0] : trigger[1]].split()
    if not word:
        return False
    first = fold_str(word[0])
    if first[:1].isascii():
        definite = _DEFINITE_EN.search(text, max(0, trigger[0] - 40), trigger[0]) is not None
    else:
        definite = _DEFINITE_AR.match(first) is not None
    if not definite:
        return False
    rest = _WORD.findall(fold_str(text[trigger[1] : sentence_end]).lower())
    return not any(w in not_after or _future_verb(w) for w in rest)


def _future_verb(word: str) -> bool:
    """An Arabic verb of the future: س before the prefix of the present (ستتناول، وسيعقد)."""
    future, not_future = load_future_verbs()
    return future.match(word) is not None and not word.lstrip("وف").startswith(not_future)


def official_lead(
    text: str,
    cand: _Candidate,
    sentences: Sequence[tuple[int, int]],
    attribution: Attribution,
    told: Sequence[str] = (),
) -> bool:
    """Whether a reported deed is told as done by an official source in the article's
    opening sentences (see the module's docstring). Past the first sentence, only when the
    article has told no event yet (`told`: the types of its events so far): after a deed of
    the lead, a deed reported next retells it ("the group targeted the ship", after "the
    Houthis said they had attacked a vessel") or goes on with it on its day ("the Kremlin
    said the two sides signed the protocol", after "the two presidents met on Thursday")."""
    count, speakers, not_after = load_official_leads()
    opening = [s for s, _ in sentences[:count]]
    if cand.sentence[0] not in opening:
        return False
    if cand.sentence[0] != opening[0] and told:
        return False
    if not _official_speaker(text, attribution, cand.sentence[0], speakers):
        return False
    if cand.tense == "past":
        return True
    return not cand.tense and _done_by_a_definite_noun(text, cand.trigger, cand.sentence[1], not_after)
