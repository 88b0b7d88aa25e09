"""A trip told with two destinations in two countries joined by "and" ("travelled to Athens and
Ankara on Tuesday", "وصل وفدان أمس إلى تل أبيب وإلى قطاع غزة") is a visit to each: two events,
on the day the sentence gives them both (data/assembly.json `trip_legs`).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from events.assemble.apart import _km
from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _location, _stable_id
from events.model import ActorMention, Event, PlaceMention
from events.places import Gazetteer
from events.text.lazy import LazyPattern

_CLAUSE_END = re.compile(r"[،,.;؛:!?؟()\n]")
# an English name that opens a clause of its own rather than ends a list of destinations: a
# possessive, or a verb right after it
_SUBJECT_AFTER = LazyPattern(r"['’]s\b|\s+(?:[a-z]+ed|said|says|has|have|had|is|was|were|will|would)\b")


@lru_cache(maxsize=4)
def load_trip_legs(
    path: Path = ASSEMBLY_RULES,
) -> tuple[frozenset[str], re.Pattern[str], re.Pattern[str], int, re.Pattern[str]]:
    """(types, a search for a preposition of destination ending the text before the first
    destination, a full match of what joins the second destination to the first, the most words
    between the event word and the first destination, a full match of a verb whose object is the
    destination, its subject perhaps between: زار الوزير لندن) of data/assembly.json `trip_legs`."""
    rules = load_assembly_rules(path).get("trip_legs", {})
    prepositions = alternation(rules.get("prepositions", ()), spaced=True)
    articles = alternation(rules.get("articles", ()), spaced=True)
    conjunctions = alternation(rules.get("conjunctions", ()), spaced=True)
    opened = re.compile(r"(?:^|\s)(?:" + prepositions + r")\s+(?:(?:" + articles + r")\s+)?$", re.IGNORECASE)
    joined = re.compile(
        r"\s*(?:" + conjunctions + r")\s*(?:(?:" + prepositions + r")\s+)?(?:(?:" + articles + r")\s+)?",
        re.IGNORECASE,
    )
    visited = re.compile(r"[وف]?(?:" + alternation(rules.get("transitive", ())) + r")", re.IGNORECASE)
    return frozenset(rules.get("types", ())), opened, joined, int(rules.get("words", 0)), visited


@lru_cache(maxsize=4)
def load_post_titles(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search, anchored at the end of the searched text, for an envoy's title and the
    preposition of his post, at most two words between (data/assembly.json `trip_legs.post_titles`:
    مبعوث الأمم المتحدة إلى، the UN envoy for)."""
    rules = load_assembly_rules(path).get("trip_legs", {}).get("post_titles", {})
    titles = alternation([*rules.get("ar", ()), *rules.get("en", ())], spaced=True)
    prepositions = alternation([*rules.get("ar_prepositions", ()), *rules.get("en_prepositions", ())], spaced=True)
    return re.compile(
        r"(?<![^\W\d_])[وف]?(?:" + titles + r")(?:\s+[^\s،,.;؛:]+){0,2}\s+(?:" + prepositions + r")\s*(?:the\s+)?$",
        re.IGNORECASE,
    )


def _an_envoys_post(text: str, place: PlaceMention) -> bool:
    """Whether the place is named as the post of an envoy ("مبعوث الأمم المتحدة إلى اليمن", "the UN
    envoy for Yemen"): the visitor's title, no destination."""
    return load_post_titles().search(text, max(0, place.start - 60), place.start) is not None


# how near a city must be to the point the gazetteer gives its country (the capital) to be taken for it
_CAPITAL_KM = 30


def _written_on(text: str, first: PlaceMention, second: PlaceMention, gazetteer: Gazetteer) -> bool:
    """Whether the second destination is joined to the first by an Arabic و written on its name
    ("إلى الخرطوم وجوبا"), and is a country or its capital: a lesser town's name may itself begin
    with و (وجدة Oujda, or و and جدة Jeddah), a reading too doubtful to make a second trip of."""
    if text[first.end : second.start].strip() or text[second.start] != "و":
        return False
    if second.precision == "country":
        return True
    country = gazetteer.country(second.country)
    if country is None or second.precision != "city":
        return False
    distance = _km({"lat": second.lat, "lon": second.lon}, {"lat": country.lat, "lon": country.lon})
    return distance is not None and distance <= _CAPITAL_KM


def _second_destination(
    text: str, trigger: tuple[int, int], sentence_end: int, places: list[PlaceMention], gazetteer: Gazetteer
) -> tuple[PlaceMention, PlaceMention] | None:
    """The first and the second destination of the trip's word, when the first follows the word
    (or a preposition of destination a few words on, in its clause) and the second, in another
    country, is joined to it by "and" alone (in Arabic perhaps written on the name: وجوبا)."""
    _, opened, joined, words, visited = load_trip_legs()
    inside = [p for p in places if trigger[1] <= p.start and p.end <= sentence_end]
    posts = [p for p in inside if _an_envoys_post(text, p)]
    after = sorted((p for p in inside if p not in posts), key=lambda p: p.start)
    for first, second in itertools.pairwise(after):
        before = text[trigger[1] : first.start]
        # the visitor's title with its post ("مبعوث الأمم المتحدة إلى اليمن") counts as one name
        counted = text[max([trigger[1], *(p.end for p in posts if p.end <= first.start)]) : first.start]
        if _CLAUSE_END.search(before) or len(counted.split()) > words:
            return None
        if before.strip() and not opened.search(before) and not visited.fullmatch(text, trigger[0], trigger[1]):
            continue  # a place before the destinations ("وصل رئيس بلدية باريس إلى ...")
        if not first.country or not second.country or first.country == second.country:
            return None
        if joined.fullmatch(text, first.end, second.start) is None and not _written_on(text, first, second, gazetteer):
            return None
        if _SUBJECT_AFTER.match(text, second.end):
            return None  # "flew to Riyadh and Egypt's president ...", "and Turkey said ...": a clause of its own
        return first, second
    return None


def other_leg(
    event: Event,
    text: str,
    trigger: tuple[int, int],
    sentence_end: int,
    places: list[PlaceMention],
    doers: list[ActorMention],
    gazetteer: Gazetteer,
) -> Event | None:
    """The visit to the second destination of `event`'s trip (`_second_destination`), by the same
    visitors on the same day; that destination's country leaves `event` unless a visitor's."""
    types = load_trip_legs()[0]
    if event.event_type not in types:
        return None
    legs = _second_destination(text, trigger, sentence_end, places, gazetteer)
    if legs is None:
        return None
    first, second = legs
    named = bool(doers)
    # a destination read as a doer ("visited Sanaa and Saudi Arabia") is where the visitor went
    doers = [a for a in doers if not any(a.start < p.end and p.start < a.end for p in legs)]
    own = {c for a in doers for c in (a.members or (a.country,)) if c}
    visitors = [c for c in event.countries if c in own] or [c for c in event.countries if c not in (first.country, second.country)]
    if not visitors and (own or not named):
        return None  # (a named visitor of no country, a UN envoy, visits each destination all the same)
    split = replace(
        event,
        event_id=_stable_id(event.event_id, second.start),
        countries=list(dict.fromkeys([*visitors, second.country])),
        actors=[a.actor_id for a in doers] or list(event.actors),
        location=_location(second),
        spans={**event.spans, "location": [second.start, second.end]},
        sources=[],
        reference_id=None,
    )
    split.actor1 = next((a.actor_id for a in doers), event.actor1)
    split.actor2 = None
    if not visitors:
        split.countries = [second.country]
    if second.country not in own:
        event.countries = [c for c in event.countries if c != second.country]
        event.actors = [a for a in event.actors if a != second.country]
    if first.country not in event.countries:
        event.countries.append(first.country)
    if (event.location or {}).get("country") == second.country:
        event.location = _location(first)
        event.spans["location"] = [first.start, first.end]
    return split

