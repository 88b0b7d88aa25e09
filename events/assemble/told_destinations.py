"""Where a supply, troops or a trip went when its sentence names no one it went to and no place but
the sender's own country: the place the text has just told of ("The blasts hit the market in
Mogadishu. ... Turkey flew in medical supplies"; "ضرب الزلزال جنوب تركيا ... وأرسلت مصر طائرات
إغاثة"; "Egypt's foreign minister visited the quake zone"; "Qatar faces a boycott ... Turkey sent 23
more troops"). The nearest place named in the sentences before it (up to
`told_destinations.sentences` of data/assembly.json), not counting the sender's own name told as
an owner ("Ankara's support": the sender that acts, not where), is where it was received or made,
unless that place is the sender's own country: then the text tells of no other ground, and the
event keeps the place the other rules give."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from pathlib import Path

from events.assemble.rules import ASSEMBLY_RULES, alternation, load_assembly_rules
from events.assemble.text import _country_location, _locative, _sentence_before
from events.model import ActorMention, Event, PlaceMention
from events.places import Gazetteer, find_places
from events.text.normalize import fold, fold_str


@lru_cache(maxsize=4)
def load_told_destinations(path: Path = ASSEMBLY_RULES) -> tuple[frozenset[str], int]:
    """(the types sent or travelling to a place, how many sentences back the place may be told)."""
    rules = load_assembly_rules(path).get("told_destinations", {})
    return frozenset(rules.get("types", ())), int(rules.get("sentences", 0))


@lru_cache(maxsize=4)
def load_home_quarters(path: Path = ASSEMBLY_RULES) -> re.Pattern[str]:
    """A search for a preposition of direction and a bare quarter of the land after it ("toward
    the south", "باتجاه الجنوب"), from data/assembly.json `told_destinations.home_quarters`."""
    rules = load_assembly_rules(path).get("told_destinations", {}).get("home_quarters", {})
    return re.compile(
        r"(?<![^\W\d_])[وف]?(?:"
        + alternation(rules.get("prepositions", ()))
        + r")\s+(?:"
        + alternation(rules.get("quarters", ()))
        + r")(?![^\W\d_])",
        re.IGNORECASE,
    )


_QUARTER_REACH = 30  # characters after the event word in which its quarter is told


def _toward_a_home_quarter(text: str, trigger: tuple[int, int]) -> bool:
    """Whether the event word (or the few words after it) tells a move toward a quarter of the
    land, named by a bare compass word ("began moving units toward the south", "تحركت القوات
    باتجاه الجنوب"): a move inside the movers' own country, not to the place told before."""
    return load_home_quarters().search(text, trigger[0], trigger[1] + _QUARTER_REACH) is not None


@lru_cache(maxsize=4)
def load_any_word_types(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Types that went to the place told before though told by a noun or a verb of either tense
    ("the deployment", "Ankara set up the base"): troops stay where they were sent."""
    return frozenset(load_assembly_rules(path).get("told_destinations", {}).get("any_word_types", ()))


@lru_cache(maxsize=4)
def load_arrivals(path: Path = ASSEMBLY_RULES) -> frozenset[str]:
    """Words of a coming told with no place after them (folded): "flew in", "arrived", "وصل"."""
    rules = load_assembly_rules(path).get("told_destinations", {})
    return frozenset(fold_str(w) for w in rules.get("arrivals", ()))


def _is_arrival(trigger_text: str) -> bool:
    words = fold_str(trigger_text).lower().split()
    if not words:
        return False
    arrivals = load_arrivals()
    first = words[0]
    if first[:1] in ("و", "ف") and first not in arrivals:
        words[0] = first[1:]  # a proclitic conjunction: "ووصل"
    return " ".join(words) in arrivals


def _place_told_before(
    text: str,
    sentences: Sequence[tuple[int, int]],
    start: int,
    gazetteer: Gazetteer,
    reach: int,
    owners: bool = True,
    where: bool = False,
    senders: AbstractSet[str] = frozenset(),
) -> PlaceMention | None:
    """The last place named in the `reach` sentences before the one that begins at `start`
    (without a name told as an owner, "Syria's war", unless `owners`, nor one of the `senders`
    told so, "Ankara's support": the sender that acts, not a place; only a place told as where,
    "in Manama", when `where`)."""
    for _ in range(reach):
        before = _sentence_before(sentences, start)
        if before[0] >= start:
            return None
        chunk = text[before[0] : before[1]]
        found = [
            p
            for p in find_places(chunk, fold(chunk), gazetteer)
            if p.country
            and (owners or not _owner(chunk, p))
            and not (p.country in senders and _owner(chunk, p))
            and (not where or _locative(chunk, p))
        ]
        if found:
            return max(found, key=lambda p: p.start)
        start = before[0]
    return None


def received_where_told(
    event: Event,
    text: str,
    sentences: Sequence[tuple[int, int]],
    start: int,
    place: PlaceMention | None,
    initiator: Sequence[ActorMention],
    others: Sequence[ActorMention],
    gazetteer: Gazetteer,
    spans: dict,
    done: bool = True,
    trigger_text: str = "",
    dateline: tuple[int, int] | None = None,
) -> None:
    """Place a supply or trip told with no destination where the sentences before it are, when a
    verb in the past tells it (`done`: "flew in", "أرسلت"; not a noun of a standing supply, "استمرار
    تسليح الميليشيات")."""
    types, reach = load_told_destinations()
    senders = {a.country for a in initiator if a.country}
    if event.event_type not in types or not senders or not (done or event.event_type in load_any_word_types()):
        return
    if event.event_type == "visit" and _is_arrival(trigger_text):
        _came_where_filed(event, text, sentences, start, place, senders, gazetteer, spans, reach, dateline)
        return
    if place is not None and (place.precision != "country" or place.country not in senders or _locative(text, place)):
        return  # a place of its own, or the sender's country told as a place ("back in Egypt")
    if any(a.country not in senders for a in others):
        return  # a party it went to ("sent aid to the Yemeni people", "arming the militias")
    trigger = spans.get("trigger")
    if event.event_type == "deployment" and trigger and _toward_a_home_quarter(text, (trigger[0], trigger[1])):
        return  # "began moving units toward the south": within the movers' own land
    if (event.location or {}).get("country") not in (None, *senders):
        return
    told = _place_told_before(text, sentences, start, gazetteer, reach, senders=senders)
    if told is None or told.country in senders:
        return
    _place_in(event, told.country, gazetteer, spans)


def _came_where_filed(
    event: Event,
    text: str,
    sentences: Sequence[tuple[int, int]],
    start: int,
    place: PlaceMention | None,
    senders: set[str],
    gazetteer: Gazetteer,
    spans: dict,
    reach: int,
    dateline: tuple[int, int] | None,
) -> None:
    """A coming told with no place after its verb ("the emir flew in on Sunday", "ووصل أمير قطر
    مساء الأحد") came to the place told last before its sentence as where something was ("signed
    in Manama"), or else to where the story is filed (the dateline's city), or else to the place
    named last before it, when its own sentence tells no place as where it was; a country named as
    an owner ("Russia's invasion", "Syria's war") or, in its own sentence, as other than where
    ("أمير الكويت") is not where it came."""
    if place is not None and _locative(text, place) and not _owner(text, place):
        return  # "In Beirut, the president received the envoy, who had flown in"; not "to Russia's invasion"
    told = _place_told_before(text, sentences, start, gazetteer, reach, owners=False, where=True)
    if (told is None or told.country in senders) and dateline is not None:
        chunk = text[dateline[0] : dateline[1]]
        told = next((p for p in find_places(chunk, fold(chunk), gazetteer) if p.country), None)
    if told is None or told.country in senders:
        told = _place_told_before(text, sentences, start, gazetteer, reach, owners=False)
    if told is None or told.country in senders:
        return
    _place_in(event, told.country, gazetteer, spans)


def _place_in(event: Event, country: str, gazetteer: Gazetteer, spans: dict) -> None:
    """Place the event in `country` told elsewhere in the article, a party to it."""
    event.location = _country_location(country, gazetteer)
    if country not in event.countries:
        event.countries.append(country)
    spans.pop("location", None)


def _owner(text: str, place: PlaceMention) -> bool:
    """Whether the name is told as an owner ("Syria's war", "Kuwait's emir")."""
    return text[place.end : place.end + 2] in ("'s", "\u2019s")
