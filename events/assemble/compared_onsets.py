"""A time told in a phrase of "since" and the onset of something, after a comparison ("the
bloodiest day since the protests erupted in early October", "اليوم الأكثر دموية منذ اندلاع
الاحتجاجات مطلع أكتوبر"), is the time that onset is measured from: it dates the event word of
that phrase (the protests), never another deed of the sentence ("..., as security forces shot
dead more than 40 protesters"), which keeps the sentence's own day: with none of its own
clause, the day named before "since" (Nasiriyah on Thursday saw the deadliest violence since ...).
A time after a short baseline that is a name, a time or a period ("its biggest war games since the
Cold War on Thursday": events/assemble/baseline_ends.py) is the deed's own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from events.assemble.baseline_ends import baseline_end
from events.assemble.rules import load_since_comparisons
from events.assemble.since_subjects import verb_after_since
from events.assemble.text import _EDGE_PUNCTUATION
from events.model import TimeMention
from events.text.lazy import LazyPattern
from events.text.normalize import fold_str

_SINCE = LazyPattern(r"(?<![^\W\d_])(?:since|منذ)(?![^\W\d_])", re.IGNORECASE)
_REACH = 80  # characters between "since" and the time
_WORDS = 6  # words between "since" and the time ("since the protests erupted in early")
_COMPARED_WORDS = 5  # words before "since" searched for a comparison ("its bloodiest day on Thursday")
_PUNCTUATION = LazyPattern(r"[,،.;:؛]")
_WHEN_AFTER = LazyPattern(r"\s*[,،]?\s*(?:when\b|عندما|حين|حينما|يوم\s+(?:أن|ان))", re.IGNORECASE)


def _since_before(text: str, d: TimeMention) -> re.Match[str] | None:
    """The last "since" in the stretch before `d`."""
    since = None
    for m in _SINCE.finditer(text, max(0, d.start - _REACH), d.start):
        since = m
    return since


def dates_a_compared_onset(text: str, d: TimeMention, trigger: tuple[int, int]) -> bool:
    """Whether `d` ends a phrase of "since" and an onset after a comparison word, and the event
    word at `trigger` stands outside that phrase: the time is the onset's, not the event's. A
    clause on that time after it ("since 2012, when sanctions were imposed") tells a deed of it."""
    since = _since_before(text, d)
    if since is None:
        return False
    between = text[since.end() : d.start]
    if _PUNCTUATION.search(between) or not between.split() or len(between.split()) > _WORDS:
        return False
    if _WHEN_AFTER.match(text, d.end):
        return False
    base = baseline_end(text, max(0, since.start() - _REACH), since.start(), since.end())
    if base is not None and d.start >= base:
        return False  # "its biggest war games since the Cold War on Thursday": the deed's own time
    verb = verb_after_since(text, since.start(), since.end(), max(0, since.start() - _REACH))
    if verb is not None and verb < d.start:
        return False  # "the first UN convoy since the quake crossed into Syria on Thursday": the verb's time
    end = _PUNCTUATION.search(text, d.end)
    if since.end() <= trigger[0] < (end.start() if end else len(text)):
        return False  # the onset's own word ("since the protests erupted", "since the 2011 uprising")
    comparisons = load_since_comparisons()
    words = text[max(0, since.start() - 80) : since.start()].split()[-_COMPARED_WORDS:]
    return any(fold_str(w).strip(_EDGE_PUNCTUATION).lower() in comparisons for w in words)


def day_of_the_comparison(
    sentence: tuple[int, int], onsets: Sequence[TimeMention], dates: Sequence[TimeMention]
) -> TimeMention | None:
    """The last day of `dates` told in `sentence` before the first compared onset's time (one
    of `onsets`, see `dates_a_compared_onset`): the day the comparison is about ("Nasiriyah on
    Thursday saw the deadliest violence since the protests erupted in early October")."""
    inside = [o for o in onsets if sentence[0] <= o.start < sentence[1]]
    if not inside:
        return None
    first = min(o.start for o in inside)
    return max(
        (d for d in dates if sentence[0] <= d.start and d.end <= first and d.precision == "day" and not d.recurring),
        key=lambda d: d.start,
        default=None,
    )
