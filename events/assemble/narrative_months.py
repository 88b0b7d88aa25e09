"""A deed a sentence tells with no time of its own, by a word of going on with the story
("days later", "in the days that followed", "at the time"; «بعد ذلك»، «آنذاك»: `narrative_cues`
in data/assembly.json), right after a sentence set in an earlier month, is of that sentence's
story: it is dated to that month ("Palestinians took to the streets to denounce it in the days
that followed." after "The accord was announced on Aug. 13."; «وخرج آلاف بعد ذلك إلى الشوارع.»
after «أعلن الاتفاق في 13 أغسطس/آب.»), not to the day the article was published.

Only the month is told: the story may have moved on by days. Not for the lead and the
sentence right after it, which tell the news of the day; not when the sentence before gives
two different times or a recurring one; not for a deed told in the present or the future;
not when the earlier time falls in the month of the publication, where the day of the
publication is the better guess; and not when the article already told a deed of the type in
that month ("the operation began on Jan. 20. The fighting has killed dozens.": that deed
told again, which the merging of one deed's tellings takes up)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache
from operator import itemgetter
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.model import Event, TimeMention

# the lead and the sentence after it tell the day's news
FIRST_STORY_SENTENCE = 2
_TOLD_TIMES = ("explicit", "relative")


@lru_cache(maxsize=4)
def load_narrative_cues(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """Any word of `narrative_cues` standing as a word of its own (an Arabic one perhaps
    behind the conjunction و or ف: «وفي الأيام التالية»)."""
    cues = load_assembly_rules(path).get("narrative_cues", {})
    return re.compile(
        r"(?<![\w-])(?:" + alternation(cues.get("en", ()), spaced=True) + r"|[وف]?(?:"
        + alternation(cues.get("ar", ()), spaced=True) + r"))(?![\w-])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=4)
def load_narrative_opener(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A word of `narrative_cues` opening a sentence (perhaps behind و or ف and a mark), a
    comma or a space after it."""
    cues = load_assembly_rules(path).get("narrative_cues", {})
    return re.compile(
        r"[\W_]*(?:" + alternation(cues.get("en", ()), spaced=True) + r"|[وف]?(?:"
        + alternation(cues.get("ar", ()), spaced=True) + r"))(?![\w-])\s*[,،]?",
        re.IGNORECASE,
    )


def narrative_month(
    sentences: Sequence[tuple[int, int]],
    start: int,
    dates_before: Sequence[TimeMention],
    published: str | None,
) -> TimeMention | None:
    """The one time of the sentence before the one that begins at `start` that dates it
    to an earlier month than `published` (`dates_before`: the times of that sentence)."""
    if not published:
        return None
    i = bisect.bisect_left(sentences, start, key=itemgetter(0))
    if i < FIRST_STORY_SENTENCE:
        return None
    told = [d for d in dates_before if d.basis in _TOLD_TIMES and not d.recurring]
    if not told or len({d.value for d in told}) != 1 or len(dates_before) != len(told):
        return None
    time = told[0]
    if len(time.value) < 7 or time.value[:7] >= published[:7]:
        return None
    return time


def date_by_the_narrative(
    event: Event,
    told: Sequence[Event],
    tense: str,
    text: str,
    sentence: tuple[int, int],
    sentences: Sequence[tuple[int, int]],
    dates_before: Sequence[TimeMention],
    spans: dict,
    own_dates: Sequence[TimeMention] = (),
    trigger_start: int | None = None,
) -> None:
    """Date a publication-dated event of `sentence` to the month of the sentence before it
    (see the module's docstring). When the sentence gives times of its own (`own_dates`) that
    did not date the event, the word of going on with the story must open the sentence and
    every such time come after the event word (`trigger_start`): «وعلى إثر ذلك، أقال عباس
    الحكومة ...، منهيا اتفاق مكة الذي وقعته الحركتان في شباط الماضي», whose time is the
    deal's."""
    if event.date_basis != "publication" or tense in ("present", "future", "base"):
        return
    if own_dates:
        opening = load_narrative_opener().match(text, sentence[0], sentence[1])
        if opening is None or trigger_start is None or any(d.start < trigger_start for d in own_dates):
            return
    elif load_narrative_cues().search(text, *sentence) is None:
        return
    time = narrative_month(sentences, sentence[0], dates_before, event.published)
    if time is None or any(
        e.event_type == event.event_type
        and (e.date or "")[:7] == time.value[:7]
        # a deed of the type the same sentence told first, dated by that same time, is one
        # more deed of the story ("أقال عباس الحكومة، وكلف فياض"), not this one told again
        and not (sentence[0] <= e.spans.get("quote", [-1])[0] < sentence[1] and e.spans.get("date") == [time.start, time.end])
        for e in told
    ):
        return
    event.date, event.date_precision, event.date_basis = time.value[:7], "month", time.basis  # type: ignore[assignment]
    spans["date"] = [time.start, time.end]
