"""An outcome of talks (an agreement, a truce, ties restored) told with no day of its own and
followed in its sentence by a word of after and the talks, meeting or call that led to it, with
their day ("Somalia and Ethiopia agreed to end their dispute after talks in Ankara late
Wednesday", "وقع البلدان اتفاقية في ختام مباحثات أجراها الرئيسان أمس"): it came out of those
talks, on their day, not on the publication's (`talks_outcomes` of data/assembly.json); told with no
place of its own, it was reached where those talks were held ("اتفقت البحرين وقطر على إعادة
العلاقات، وذلك في ختام اجتماع عقده وفدا البلدين في الرياض": in Riyadh)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.continued import _recent
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _Candidate
from events.model import Event, PlaceMention, TimeMention

# what closes the clause of the talks: a full stop, a semicolon, a colon, or a comma before
# a new clause ("..., and", "، و")
_CLAUSE_END = re.compile(r"[.;:؛]|[,،]\s*(?:and|but|while|as|و|ف|بينما)(?!\w)", re.IGNORECASE)
_REACH = 120  # characters after the talks' noun within which their day is told
# a word between the word of after and the noun of talks: letters, perhaps joined by a hyphen
# or dotted ("five days of UN-sponsored talks", "U.N.-brokered")
_WORD = r"[^\W\d_][\w.'-]*"


@lru_cache(maxsize=4)
def load_talks_outcomes(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]:
    """The event types that come out of talks, a search for a word of after (with و/ف or not)
    followed, within four words, by a noun of talks, and a search for a verb of beginning
    (`talks_outcomes`)."""
    rules = load_assembly_rules(path).get("talks_outcomes", {})
    words = alternation(rules.get("words", ()), spaced=True)
    nouns = alternation(rules.get("nouns", ()), spaced=True)
    pattern = r"(?<!\w)[وف]?(?:" + words + r")\s+(?:" + _WORD + r"\s+){0,4}?(?:" + nouns + r")(?!\w)"
    onsets = r"(?<!\w)(?:" + alternation(rules.get("onsets", ()), spaced=True) + r")(?!\w)"
    return frozenset(rules.get("types", ())), re.compile(pattern, re.IGNORECASE), re.compile(onsets, re.IGNORECASE)


def _day_of_the_talks(text: str, start: int, end: int, dates: Sequence[TimeMention]) -> TimeMention | None:
    """The first date told after `start` in the talks' clause, within reach, ending by `end`."""
    close = _CLAUSE_END.search(text, start, end)
    limit = min(end, start + _REACH, close.start() if close is not None else end)
    after = sorted((d for d in dates if start <= d.start and d.end <= limit and not d.recurring), key=lambda d: d.start)
    return after[0] if after else None


def date_by_the_talks(event: Event, text: str, cand: _Candidate, dates: Sequence[TimeMention], spans: dict) -> None:
    """Date a publication-dated outcome of talks by the recent day of the talks its sentence
    says it came after (`dates`: the sentence's)."""
    types, pattern, onsets = load_talks_outcomes()
    if event.event_type not in types or event.date_basis != "publication" or event.date_precision != "day":
        return
    found = pattern.search(text, cand.trigger[1], cand.sentence[1])
    if found is None or _CLAUSE_END.search(text, cand.trigger[1], found.start()) is not None:
        return  # no talks told after it, or told in another clause
    day = _day_of_the_talks(text, found.end(), cand.sentence[1], dates)
    if day is None or day.precision != "day" or not day.value or not _recent(day.value, event.published):
        return
    if onsets.search(text, found.end(), day.start) is not None:
        return  # "after talks that began on Monday": the first day of talks, not of their outcome
    event.date, event.date_precision, event.date_basis = day.value, "day", day.basis  # type: ignore[assignment]
    event.end_date = None
    spans["date"] = [day.start, day.end]


def place_of_the_talks(event: Event, text: str, cand: _Candidate, places: Sequence[PlaceMention]) -> PlaceMention | None:
    """For an outcome of talks with no place, the city its sentence names after the talks it
    came out of, in their clause."""
    types, pattern, _onsets = load_talks_outcomes()
    if event.event_type not in types or event.location is not None:
        return None
    found = pattern.search(text, cand.trigger[1], cand.sentence[1])
    if found is None or _CLAUSE_END.search(text, cand.trigger[1], found.start()) is not None:
        return None
    close = _CLAUSE_END.search(text, found.end(), cand.sentence[1])
    end = close.start() if close is not None else cand.sentence[1]
    return next((p for p in places if found.end() <= p.start < end and p.precision == "city"), None)
