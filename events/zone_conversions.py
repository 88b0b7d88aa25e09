"""Days told in a time zone's brackets: wire copy writes a local clock time and converts it
("the truce came into effect at 2 a.m. (2300 GMT Thursday)"). The day named inside the
brackets is the zone's day; the deed took place on the local day, which the two clock times
give: a day later when the local clock has passed midnight and the zone's has not.

The vocabulary is calendar.json `zone_conversions`.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

from events.model import TimeMention

CALENDAR_PATH = Path(__file__).resolve().parent / "data" / "calendar.json"

_REACH = 60  # characters searched back from a day for its bracket, and from a bracket for the local time
_LOCAL_DAY_REACH = 40  # a day told this close before the bracket is the local day itself


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=2)
def _patterns(path: Path = CALENDAR_PATH) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The bracket up to its day (anchored at its end), and the local clock time before it."""
    data = json.loads(path.read_text(encoding="utf-8")).get("zone_conversions", {})
    zones, links = _alt(data.get("zones", [])), _alt(data.get("links", []))
    am, pm = _alt(data.get("am", [])), _alt(data.get("pm", []))
    midnight, noon = _alt(data.get("midnight", [])), _alt(data.get("noon", []))
    bracket = re.compile(
        r"\(\s*(?:at\s+|الساعة\s+)?(?P<h>\d{1,2})(?:[:.]?(?P<m>\d{2}))?\s*(?:hrs?\.?\s+)?"
        rf"(?:{zones})\s*,?\s*(?:(?:{links})\s+)?$",
        re.IGNORECASE,
    )
    local = re.compile(
        r"(?:"
        rf"(?P<h>\d{{1,2}})(?:[:.](?P<m>\d{{2}}))?\s*(?:(?P<am>{am})|(?P<pm>{pm}))"
        r"|(?P<ch>\d{1,2})[:.](?P<cm>\d{2})"
        r"|(?:\bat|الساعة)\s+(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)"
        rf"|(?P<midnight>{midnight})|(?P<noon>{noon})"
        r")(?:\s*(?:local\s+time|بالتوقيت\s+المحلي|بتوقيت\s+\S+))?\s*$",
        re.IGNORECASE,
    )
    return bracket, local


def _local_hour(m: re.Match[str]) -> int | None:
    """The hour of day of a local clock time matched by the second pattern."""
    if m.group("midnight"):
        return 0
    if m.group("noon"):
        return 12
    if m.group("hh"):
        return int(m.group("hh"))
    if m.group("ch"):
        hour = int(m.group("ch"))
        return hour if hour < 24 else None
    hour = int(m.group("h"))
    if not 1 <= hour <= 12:
        return None
    if m.group("pm"):
        return hour % 12 + 12
    return hour % 12


def _days_ahead(local_hour: int, zone_hour: int) -> int:
    """How many days the local clock is ahead of the zone's (-1, 0 or 1), taking the
    offset between them as the one under twelve hours."""
    offset = (local_hour - zone_hour) % 24
    if offset > 12:
        offset -= 24
    return (zone_hour + offset) // 24


def _told_right_before(gap: str) -> bool:
    """Whether only a word of time or place links a day told before a bracket, or before the
    local clock time ahead of it, to it ("on Friday at 1 a.m. (", "Friday ("): the local day."""
    return re.fullmatch(r"[\s,]*(?:(?:at|on|around|في|عند|نحو)\s*)*(?:الساعة\s*)?", gap) is not None


def with_zone_conversions(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """The mentions, with each day named inside a time zone's brackets after a clock time
    ("(2300 GMT Thursday)") moved to the local day the clock time before the bracket gives
    ("at 2 a.m."), or left out when the local day is told right before the bracket ("at 1 a.m.
    on Friday (2200 GMT on Thursday)"): the deed's day is the local one."""
    if "(" not in text:
        return mentions
    bracket, local = _patterns()
    out: list[TimeMention] = []
    changed = False
    for m in mentions:
        opened = (
            bracket.search(text, max(0, m.start - _REACH), m.start)
            if m.precision == "day" and not m.end_value and re.match(r"\s*\)", text[m.end : m.end + 3])
            else None
        )
        if opened is None:
            out.append(m)
            continue
        paren = opened.start()
        clock = local.search(text, max(0, paren - _REACH), paren)
        if any(
            other is not m
            and other.precision == "day"
            and paren - _LOCAL_DAY_REACH <= other.end <= paren
            and _told_right_before(text[other.end : clock.start() if clock and clock.start() >= other.end else paren])
            for other in mentions
        ):
            changed = True  # the local day is told: the zone's is no day of the deed
            continue
        hour = _local_hour(clock) if clock else None
        zone_hour = int(opened.group("h"))
        if hour is None or zone_hour > 23:
            out.append(m)
            continue
        ahead = _days_ahead(hour, zone_hour)
        if ahead:
            day = date.fromisoformat(m.value) + timedelta(days=ahead)
            m = replace(m, value=day.isoformat())
            changed = True
        out.append(m)
    return out if changed else mentions
