"""A state told in the present with an exact count of the years it has lasted ("وتفرض إسرائيل
حصارا على القطاع منذ عشر سنوات", "والمعبر مغلق منذ ثلاث سنوات"): it began that many years
before the publication, in the year counted back. A vague span ("منذ سنوات", "منذ عدة سنوات",
"منذ أكثر من عشر سنوات") tells no year, and the state stays no event."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.habitual import _ends_in_since, _told_in_the_present
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules, load_since_comparisons
from events.assemble.text import _Candidate, _is_duration
from events.model import Event
from events.temporal import TimeMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_CLAUSE_BREAK = LazyPattern(r"[،,;؛:.!?؟()]")
_EDGES = "\"'«»“”()[]،,.;:!?؟"


@lru_cache(maxsize=4)
def load_exact_spans(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, over a folded span, of منذ and an exact count of years: a number and a unit
    (data/assembly.json `span_states.numbers`, `units`, or digits) or a dual unit alone
    (`span_states.duals`: عامين، سنتين), with no quantifier before it."""
    rules = load_assembly_rules(path)["span_states"]
    folded = lambda words: alternation(fold_str(w) for w in words)  # noqa: E731
    return re.compile(
        r"[وف]?(?:" + folded(rules["since"]) + r")\s+(?:(?:\d+|" + folded(rules["numbers"]) + r")\s+(?:"
        + folded(rules["units"]) + r")|(?:" + folded(rules["duals"]) + r"))\Z"
    )


@lru_cache(maxsize=4)
def load_state_participles(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Participles of a state (data/assembly.json `span_states.participles`: مغلقة، مفروضة، محتجز), folded."""
    return frozenset(fold_str(w) for w in load_assembly_rules(path)["span_states"]["participles"])


def _participle_before(text: str, cand: _Candidate, d: TimeMention) -> bool:
    """Whether the word right before the span, in the event word's clause, is a participle of a
    state ("والمعابر مغلقة منذ ثلاث سنوات", "القيود المفروضة منذ عامين")."""
    between = text[cand.trigger[1] : d.start]
    if _CLAUSE_BREAK.search(between):
        return False
    words = _WORD.findall(fold_str(text[cand.trigger[0] : d.start]))
    if not words:
        return False
    word = re.sub(r"^[وف]?(?:ال)?", "", words[-1])
    return word in load_state_participles()


def _compared(text: str, cand: _Candidate, d: TimeMention) -> bool:
    """Whether a superlative or `first` stands among the five words before the span (data/
    assembly.json `since_comparisons`: "للمرة الأولى منذ ثلاث سنوات", "أعنف غارات منذ أربع
    سنوات"): the time compared with, no onset."""
    words = text[max(cand.sentence[0], d.start - 60) : d.start].split()[-5:]
    comparisons = load_since_comparisons()
    return any(fold_str(w).strip(_EDGES).lower() in comparisons for w in words)


def counted_onset(text: str, cand: _Candidate, dates: Sequence[TimeMention], next_trigger: int | None) -> TimeMention | None:
    """The year counted back by an exact span of years after an Arabic state's word, before the
    next event word, when the state is told in the present, its word ends in منذ, or a
    participle of a state stands right before the span."""
    if text[cand.trigger[0] : cand.trigger[0] + 1].isascii():
        return None
    since_state = _ends_in_since(text, cand)
    present = since_state or _told_in_the_present(text, cand, False)
    lo = cand.trigger[0] if since_state else cand.trigger[1]
    hi = min(cand.sentence[1], next_trigger or cand.sentence[1])
    exact = load_exact_spans()
    for d in dates:
        if not (lo <= d.start < hi and d.value and _is_duration(text, d)):
            continue
        if not exact.match(fold_str(d.text).strip()) or _compared(text, cand, d):
            continue
        if present or _participle_before(text, cand, d):
            return d
    return None


def date_by_counted_onset(event: Event, onset: TimeMention | None, spans: dict) -> None:
    """Date a publication-dated state by the year its exact span of years counts back to."""
    if onset is None or event.date_basis != "publication":
        return
    event.date, event.date_precision, event.date_basis = onset.value, onset.precision, onset.basis  # type: ignore[assignment]
    spans["date"] = [onset.start, onset.end]



@lru_cache(maxsize=4)
def load_onset_words(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a word of a span's start (data/assembly.json `since_causes.since`: منذ,
    since), perhaps with two words after it (منذ أواخر، since early), at the end of a folded,
    lower-cased text."""
    words = alternation((fold_str(w).lower() for w in load_assembly_rules(path)["since_causes"]["since"]), spaced=True)
    return re.compile(r"(?<!\w)[وف]?(?:" + words + r")(?:\s+\S+){0,2}\s*$")


def dated_as_an_onset(event: Event) -> bool:
    """Whether the event is dated by the start of a span told with منذ or since ("وتقود
    السعودية منذ آذار/مارس 2015 تحالفا", "والمعبر مغلق منذ ثلاث سنوات"): a state begun then,
    never the deed a later telling with no date of its own is about."""
    quote, when = event.spans.get("quote"), event.spans.get("date")
    if not quote or not when or event.date_basis not in ("explicit", "relative"):
        return False
    start = when[0] - quote[0]
    # the date's own words may open with منذ ("منذ ثلاث سنوات"), or منذ stands right before them
    head = event.quote[max(0, start - 30) : min(len(event.quote), start + 4)]
    return load_onset_words().search(fold_str(head).lower()) is not None
