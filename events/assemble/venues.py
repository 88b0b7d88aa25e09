"""Where talks, a deal, a truce or an exercise were held: the place its text states, never a
party's country for want of one. "التقى وزير الخارجية السعودي نظيره الأمريكي", "Turkey and
Qatar signed an agreement", a phone call between two leaders: the text says where none of them
took place, and the country of either side would be a guess."""

from __future__ import annotations

from collections.abc import Sequence

from events.assemble.places import load_venue_types
from events.assemble.rules import load_location_roles, load_partner_words, load_party_prepositions
from events.assemble.text import PHONE_CALL, _countries_of, _locative, _placed_in, _span_before
from events.model import ActorMention, Event, PlaceMention
from events.text.normalize import fold_str


def _named_as_a_side(text: str, place: PlaceMention, actors: Sequence[ActorMention], alone: bool = False) -> bool:
    """Whether a name is one of the event's parties or a government of its sentence, and no
    preposition or noun of places makes it a place ("وقعت تركيا وقطر اتفاقية", "والرياض لا
    ترغب", not "اتفاق في قطر", "talks in Qatar"). A country after a preposition of the side
    dealt with ("lifted sanctions on Syria", "رفع العقوبات عن سوريا", "a deal with Iran") is
    that side, when the sentence names no city or region of it (`alone`: "a deal with Saudi
    Arabia, on the first day of the president's visit to Riyadh" is placed there)."""
    return any(a.start < place.end and place.start < a.end for a in actors) and not (
        (_locative(text, place) and not (alone and _dealt_with(text, place, actors))) or _placed_in(text, place)
    )


def _of_its_country(place: PlaceMention, places: Sequence[PlaceMention]) -> list[PlaceMention]:
    return [p for p in (place, *places) if p.country == place.country]


def _only_its_name(place: PlaceMention, places: Sequence[PlaceMention]) -> bool:
    """Whether the sentence names the place's country by no city or region of it but the place."""
    return all(
        p.precision == "country" or (p.start, p.end) == (place.start, place.end) for p in _of_its_country(place, places)
    )


def _dealt_with(text: str, place: PlaceMention, actors: Sequence[ActorMention]) -> bool:
    """Whether a country's name, or a capital's that names its government (one of `actors`),
    stands right after a preposition of the side dealt with (data/assembly.json
    `party_prepositions` and `partner_words`: "with Iran", "on Syria", "مع إيران", "عن سوريا",
    "رفع العقوبات عن طهران")."""
    if place.precision != "country" and not any(
        a.start <= place.start and place.end <= a.end and a.country == place.country for a in actors
    ):
        return False
    i, j = _span_before(text, place.start)
    word = fold_str(text[i:j]).lower()
    return word in load_party_prepositions() or word in load_partner_words()


def venue_unstated(
    event: Event,
    cameo: str | None,
    place: PlaceMention | None,
    places: Sequence[PlaceMention],
    text: str,
    actors: Sequence[ActorMention],
    named: Sequence[ActorMention] = (),
    every_place: Sequence[PlaceMention] = (),
) -> bool:
    """Whether an event held somewhere (`venue_types` of assembly.json) is told with no place
    of its own: its sentence names no place, or its place is a country named only as one of
    its parties (`places`, the sentence's, name it nowhere else but as a party or as a
    government among the sentence's names, `named`: "Turkey and Qatar held talks in Qatar" is
    placed; a country named only after a preposition of the side dealt with, no city or region
    of it anywhere in the sentence, `every_place`, is a side too), and its parties (`actors`)
    are of two countries or more (the parties of one country meet at home: "اجتمع رئيس الوزراء العراقي مع قادة الأحزاب
    العراقية"). A reception (the host's, CAMEO 043) is held at the host's; a phone call (041)
    is held nowhere, whatever its parties and the places its sentence names ("في اتصال هاتفي مع
    نظيره، بعد يوم من تهديد أنقرة بالتدخل في سنجار")."""
    if event.event_type not in load_venue_types():
        return False
    _, host_cameo = load_location_roles()
    if cameo in host_cameo:
        return False
    if cameo == PHONE_CALL:
        return True  # its parties are apart: a place of its sentence is another clause's
    sides = [*actors, *named]
    if place is not None and (
        (place.precision != "country" and not _dealt_with(text, place, sides))
        or not all(
            _named_as_a_side(text, p, sides, _only_its_name(place, [*places, *every_place]))
            for p in _of_its_country(place, places)
        )
    ):
        return False
    return len(_countries_of(list(actors))) >= 2
