"""A change of office the catalog places abroad (a ruler who handed over his powers in a
speech from another state's capital, a forum that chose a government in a foreign city) took
place there only as far as the sentence tells it: when a city or a region of that foreign
country stands in the statement that tells the change (the name of a country is most often a
party, "أودعت السعودية") (its sentence, up to a semicolon, which sets off a
statement of its own: "تتدخل الرياض لإنقاذ العملة؛ ... في اليوم الذي نقل فيه الرئيس هادي
صلاحياته" names Riyadh for another deed). Told with no such place, the change took place in the
state whose office changed hands, the catalogued event's one country (data/assembly.json
`offices_abroad`: the types of a change of office and the marks that end a statement)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, load_assembly_rules
from events.model import Event, PlaceMention
from events.reference import ReferenceEntry


@lru_cache(maxsize=4)
def load_offices_abroad(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], tuple[str, ...]]:
    """The event types of a change of office and the marks that end a statement."""
    rules = load_assembly_rules(path).get("offices_abroad", {})
    return frozenset(rules.get("types", ())), tuple(rules.get("marks", ()))


def _statement(text: str, sentence: tuple[int, int], trigger: tuple[int, int], marks: Sequence[str]) -> tuple[int, int]:
    """The stretch of the sentence between the marks that end a statement around the event word."""
    s, e = sentence
    start = max((text.rfind(m, s, trigger[0]) + len(m) for m in marks if text.rfind(m, s, trigger[0]) >= 0), default=s)
    ends = [i for m in marks if (i := text.find(m, trigger[1], e)) >= 0]
    return start, min(ends, default=e)


def office_at_home(
    event: Event,
    entry: ReferenceEntry | None,
    text: str,
    sentence: tuple[int, int],
    trigger: tuple[int, int],
    places: Sequence[PlaceMention],
) -> str | None:
    """The country of the office, when a catalogued change of office placed abroad is told with
    no city or region of that foreign country in its statement (see the module); else None."""
    types, marks = load_offices_abroad()
    if entry is None or event.event_type not in types or len(entry.countries) != 1:
        return None
    abroad = entry.location_country
    if not abroad or abroad in entry.countries or (event.location or {}).get("country") != abroad:
        return None
    start, end = _statement(text, sentence, trigger, marks)
    if any(p.country == abroad and p.precision != "country" and start <= p.start and p.end <= end for p in places):
        return None
    return entry.countries[0]
