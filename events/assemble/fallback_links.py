"""A recalled deed linked to the catalog by its type, its countries and its time.

A deed told as done before ("الضربات التي وجهتها القاهرة لمجموعات شرقي ليبيا",
"the agreement came after Egypt's air strikes against militant camps in Libya")
often names its doer and its target but none of the catalog's words for it.
When exactly one catalogued event of its type, whose countries cover every
country the deed names, began a short while before the publication, the deed
is that event and takes its date. States, habits, counts and topics (sanctions
a country is under, raids waged for years) are no one deed and are not linked."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from events.assemble.text import day_of
from events.model import Event
from events.reference import ReferenceCatalog, ReferenceEntry

# how many days before the publication the catalogued event may have begun
FALLBACK_DAYS = 31
# Types of one country's own doing, and how many days before the publication their catalogued
# event of that country may have begun: the vote a country held is "the parliamentary elections"
# for months after it, while its government is formed ("ولم تتشكل الحكومة منذ الانتخابات
# البرلمانية", "Iraq has had no government since the parliamentary elections").
ONE_COUNTRY_DAYS = {"election": 183}


@lru_cache(maxsize=64)
def _days_of_type(catalog: ReferenceCatalog, event_type: str) -> tuple[tuple[date, ReferenceEntry], ...]:
    """The entries of `event_type` dated to a day, with that day (read once per catalog and type)."""
    return tuple((day, e) for e in catalog.entries() if e.event_type == event_type and (day := day_of(e.date)) is not None)


def _recent_of_type(
    catalog: ReferenceCatalog, event_type: str, published: str | None, days: int = FALLBACK_DAYS
) -> list[ReferenceEntry]:
    """The entries of `event_type` that began in the `days` before `published`."""
    pub = day_of(published)
    if pub is None:
        return []
    return [e for day, e in _days_of_type(catalog, event_type) if 0 <= (pub - day).days <= days]


def may_fall_back(catalog: ReferenceCatalog, event_type: str, published: str | None) -> bool:
    """Whether a recalled deed of `event_type` could be linked by `fallback_entry`: some entry of
    its type began a short while before the publication (its countries are not known yet)."""
    return bool(_recent_of_type(catalog, event_type, published, max(FALLBACK_DAYS, ONE_COUNTRY_DAYS.get(event_type, 0))))


def fallback_entry(
    catalog: ReferenceCatalog, event: Event, where: str | None = None, striker: str | None = None
) -> ReferenceEntry | None:
    """The one catalogued event of the deed's type whose countries cover the two or more
    countries the deed names and that began in the `FALLBACK_DAYS` before the publication (or,
    for a deed of one country's own doing, of `ONE_COUNTRY_DAYS`, the one catalogued event of
    that country alone that began in those days before it);
    None when there is none or more than one (entries of one day count as one only when
    a single one covers the countries), or when the same sides stand in turned roles: the
    sentence places the deed (`where`, a country) elsewhere than the entry, or the deed's
    striker (`striker`, the initiating country of an armed deed) is where the entry took
    place ("the raids Riyadh launched on Yemen" are not the missiles fired at Riyadh)."""
    countries = set(event.countries)
    days = ONE_COUNTRY_DAYS.get(event.event_type)
    if days is not None and len(countries) == 1:
        # one country's own deed: its one catalogued deed of the type in the months before
        found = [e for e in _recent_of_type(catalog, event.event_type, event.published, days) if set(e.countries) == countries]
    elif len(countries) < 2:
        return None
    else:
        found = [e for e in _recent_of_type(catalog, event.event_type, event.published) if countries <= set(e.countries)]
    if len(found) != 1:
        return None
    at = found[0].location_country
    if at and ((where and where != at) or striker == at):
        return None
    return found[0]


# days apart within which another event of the article, of the linked deed's type and
# countries, is that deed told with its own date
RETOLD_DAYS = 7


def _tells_the_same(linked: Event, other: Event) -> bool:
    """Whether `other` is the deed `linked` was linked to, told elsewhere in the article: two of
    its countries, and the very day (under any type: "protesters stormed the embassy on
    Saturday", then "the storming") or its type within `RETOLD_DAYS` ("the deals Riyadh
    signed with Washington", then "Riyadh signed arms deals with Washington on 21 May")."""
    if len(set(linked.countries) & set(other.countries)) < 2:
        return False
    if other.date == linked.date:
        return True
    a, b = day_of(linked.date), day_of(other.date)
    return other.event_type == linked.event_type and a is not None and b is not None and abs((a - b).days) <= RETOLD_DAYS


def without_retold_links(events: list[Event], linked: set[int]) -> list[Event]:
    """`events` without those linked by `fallback_entry` (ids in `linked`) that another event
    of the article tells (`_tells_the_same`): the deed is already there, with its own words."""
    if not linked:
        return events
    return [
        e
        for e in events
        if id(e) not in linked or not any(o is not e and id(o) not in linked and _tells_the_same(e, o) for o in events)
    ]


def link_recalled(event: Event, entry: ReferenceEntry | None) -> bool:
    """Date the recalled deed by `entry` (when there is one), which it is: the entry's date,
    id and countries. Whether it was linked."""
    if entry is None:
        return False
    event.date, event.date_precision, event.date_basis = entry.date, entry.precision, "reference"  # type: ignore[assignment]
    event.end_date = entry.end_date
    event.reference_id = entry.id
    for c in entry.countries:
        if c not in event.countries:
            event.countries.append(c)
    return True
