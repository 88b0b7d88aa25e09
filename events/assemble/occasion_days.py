"""An English sentence opened by a word of just before or after and a definite noun of an
occasion ("Before the ceremony, Mr Trump held separate meetings", "Shortly after the ceremony,
two rockets were fired"), or by a word of its own time ("During the ceremony,", "As the ceremony
was under way,"), with no date of its own, tells a deed of the occasion's day: the one day the
article gives in the nearest sentence before that names the occasion ("... signed
agreements at the White House on Tuesday, in a ceremony hosted by ..."). Not a span of days or
more ("Days after the vote"), and not when that sentence gives no one day of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from events.assemble.continued_en import _alternatives
from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import Event, TimeMention

# "At the same time,", "During the weekend,": a time, no occasion the article told
_NOT_OCCASIONS = r"(?:time|times|moment|moments|end|start|beginning|outset|weekend|height|same)(?![\w-])"
RECENT_DAYS = 7  # the occasion's day is at most this many days before the publication


@lru_cache(maxsize=4)
def load_occasion_opener(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A match, at a sentence's start, of a span of the same day (`continued_news_en.
    measured_openers`), perhaps, a word of before or after, "the", a noun (perhaps one word
    before it) and a comma."""
    measured = load_assembly_rules(path).get("continued_news_en", {}).get("measured_openers", ())
    return re.compile(
        r"\W*(?:(?:(?:" + _alternatives(measured) + r")\s+)?(?:before|after|following|ahead\s+of)|during|at)\s+the\s+"
        r"(?:[A-Za-z-]+\s+)?(?!" + _NOT_OCCASIONS + r")(?P<noun>[A-Za-z-]+)\s*,"
        # "As the ceremony was under way, two rockets were fired": while it went on
        r"|\W*(?:as|while)\s+the\s+(?:[A-Za-z-]+\s+)?(?P<going>[A-Za-z-]+)\s+(?:was|were)\s+"
        r"(?:under\s*way|taking\s+place|going\s+on|in\s+progress|being\s+held)\s*,",
        re.IGNORECASE,
    )


def _recent(day: str, published: str | None) -> bool:
    if not published:
        return False
    gap = (date.fromisoformat(published[:10]) - date.fromisoformat(day[:10])).days
    return 0 <= gap <= RECENT_DAYS


def date_by_the_occasion(
    event: Event,
    text: str,
    sentence: tuple[int, int],
    sentences: Sequence[tuple[int, int]],
    dates: Sequence[TimeMention],
    spans: dict,
) -> None:
    """Date a publication-dated English event of a sentence (`sentence`) opened by a word of
    just before or after the occasion a noun names, by the one day of the nearest sentence
    before that names it with a time, when that day is a recent one."""
    if event.date_basis != "publication" or event.language != "en":
        return
    m = load_occasion_opener().match(text, sentence[0], sentence[1])
    if m is None:
        return
    noun = re.compile(r"(?<![\w-])" + re.escape(m.group("noun") or m.group("going")) + r"s?(?![\w-])", re.IGNORECASE)
    for s0, s1 in reversed([s for s in sentences if s[1] <= sentence[0]]):
        if noun.search(text, s0, s1) is None:
            continue
        days = [d for d in dates if s0 <= d.start and d.end <= s1 and not d.recurring]
        if not days:
            continue  # "Before the ceremony, ...": named again with no time of its own
        if any(d.precision != "day" for d in days) or len({d.value for d in days}) != 1:
            return
        if not _recent(days[0].value, event.published):
            return
        event.date, event.date_precision, event.date_basis = days[0].value, "day", days[0].basis  # type: ignore[assignment]
        spans["date"] = [days[0].start, days[0].end]
        return
