"""An English report often opens on its news in the present perfect, with no day ("Algeria's
President Abdelaziz Bouteflika has resigned after weeks of protests", "The two sides have signed a
power-sharing deal"), and names the day in the sentence that opens its next paragraph ("The
82-year-old informed the Constitutional Council of his decision on Tuesday evening", "The
declaration was signed in Asmara on Monday"): the lead's deed takes that day, not the
publication's.

Only a deed the perfect itself tells (no word of a clause of its own between: "in retaliation for a
drone attack" is another deed), in a lead that names no time after its perfect, and a next
sentence that names one day only, in the week before the publication, and tells nothing to come
(data/assembly.json `perfect_leads`). A deed the lead places nowhere takes the one city that
sentence names, where the day's news took place."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _location
from events.model import Event, PlaceMention, TimeMention

_WEEK_DAYS = 7  # the most days the next sentence's day may stand before the publication


@lru_cache(maxsize=4)
def _rules(path: Path = ASSEMBLY_RULES) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Searches for a verb in the present perfect, for a word opening a clause of its own between
    the perfect and the deed, and for a word of a time to come in the next sentence."""
    rules = load_assembly_rules(path)["perfect_leads"]

    def search(key: str) -> re.Pattern[str]:
        return re.compile(r"(?<![\w'])(?:" + alternation(rules[key], spaced=True) + r")(?![\w'])", re.IGNORECASE)

    perfect = re.compile(
        r"(?<![\w'])(?:has|have)\s+(?:(?:[a-z]+ly|also|now|already)\s+)?(?!(?:" + alternation(rules["not_participles"]) + r")(?![\w']))[a-z]+(?![\w'])",
        re.IGNORECASE,
    )
    return perfect, search("clause_openers"), search("to_come")


def _day_value(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def _next_day(
    text: str, sentences: Sequence[tuple[int, int]], dates: Sequence[TimeMention], published: str | None
) -> TimeMention | None:
    """The one day the sentence opening the lead's next paragraph names, in the week before the
    publication, when it names no other time and tells nothing to come."""
    if len(sentences) < 2 or "\n" not in text[sentences[0][1] : sentences[1][0]]:
        return None
    start, end = sentences[1]
    inside = [d for d in dates if start <= d.start and d.end <= end]
    if not inside or any(d.precision != "day" or d.recurring for d in inside) or len({d.value for d in inside}) != 1:
        return None
    day, pub = _day_value(inside[0].value), _day_value(published)
    if day is None or pub is None or not 0 <= (pub - day).days <= _WEEK_DAYS:
        return None
    if _rules()[2].search(text, start, end) or text[start:end].lstrip().startswith(('"', "“")):
        return None
    return inside[0]


def _next_city(sentences: Sequence[tuple[int, int]], places: Sequence[PlaceMention]) -> PlaceMention | None:
    """The one city the sentence opening the lead's next paragraph names, if it names one only."""
    start, end = sentences[1]
    cities = [p for p in places if start <= p.start and p.end <= end and p.precision == "city"]
    return cities[0] if cities and len({p.name for p in cities}) == 1 else None


def perfect_lead_day(
    text: str, sentences: Sequence[tuple[int, int]], dates: Sequence[TimeMention], published: str | None
) -> TimeMention | None:
    """The day of the news of a lead told in the present perfect with no time after its perfect
    (`_next_day`), for the deeds told after it as that news (`lead_days`)."""
    if not sentences:
        return None
    lo, hi = sentences[0]
    told = _rules()[0].search(text, lo, hi)
    if told is None or any(told.start() <= d.start and d.end <= hi for d in dates):
        return None
    return _next_day(text, sentences, dates, published)


def dated_by_the_next_paragraph(
    events: Sequence[Event],
    text: str,
    sentences: Sequence[tuple[int, int]],
    dates: Sequence[TimeMention],
    places: Sequence[PlaceMention] = (),
) -> None:
    """Give the day of the lead's next paragraph (`_next_day`) to the English events the lead
    tells in the present perfect with the publication's date (see the module), and the one city
    that sentence names to those the lead places nowhere ("The declaration was signed in the
    Eritrean capital, Asmara, on Monday")."""
    if not sentences:
        return
    perfect, openers, _ = _rules()
    lo, hi = sentences[0]
    day: TimeMention | None = None
    for ev in events:
        if ev.language != "en" or ev.date_basis != "publication" or ev.reference_id is not None:
            continue
        t0, t1 = ev.spans.get("trigger") or (-1, -1)
        if not (lo <= t0 and t1 <= hi):
            continue
        told = next((m for m in perfect.finditer(text, lo, t1) if m.end() >= t0 or not openers.search(text, m.end(), t0)), None)
        if told is None or told.start() > t0:
            continue
        if any(told.start() <= d.start and d.end <= hi for d in dates):
            continue  # the lead names a time of its own
        if day is None:
            day = _next_day(text, sentences, dates, ev.published)
            if day is None:
                return
        ev.date, ev.date_precision, ev.date_basis = day.value, "day", day.basis  # type: ignore[assignment]
        ev.end_date = None
        ev.spans["date"] = [day.start, day.end]
        if ev.location is None and (city := _next_city(sentences, places)) is not None:
            ev.location = _location(city)
            ev.spans["location"] = [city.start, city.end]
            if city.country and city.country not in ev.countries:
                ev.countries = [*ev.countries, city.country]


def next_paragraph_starts(text: str, sentences: Sequence[tuple[int, int]]) -> list[int]:
    """The start of the sentence opening the lead's next paragraph, when the lead tells a deed in
    the present perfect: its day is read, though it may tell no event of its own."""
    if len(sentences) < 2 or "\n" not in text[sentences[0][1] : sentences[1][0]]:
        return []
    lo, hi = sentences[0]
    return [sentences[1][0]] if _rules()[0].search(text, lo, hi) else []
