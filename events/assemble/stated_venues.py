"""A state named after "in" or في behind the word of talks, a deal, a truce, an exercise or ties
restored ("Iran reopened its embassy in Saudi Arabia", "أعادت إيران فتح سفارتها في السعودية",
"Turkey and Iraq held exercises in Turkey") is where the event was held, and so its place, before
the name of a side that acts (the subject "Iran" is nearer the event word, but it is who
reopened, not where). A name that is itself a side of the event stays a side, and one further
on, past more than three words, is another noun's ("اتفقوا على إعداد قائمة للمنظمات الإرهابية
الموجودة في ليبيا": the groups are in Libya, not the talks)."""

from __future__ import annotations

from collections.abc import Sequence

from events.assemble.text import _span_before
from events.model import ActorMention, PlaceMention
from events.text.normalize import fold_str

_VENUE_WORDS = frozenset(("in", "at", "في"))
_WORDS_BETWEEN = 3  # words between the event word and the word of venue: "its embassy", "فتح سفارتها"


def stated_venue(
    text: str,
    place: PlaceMention,
    places: Sequence[PlaceMention],
    parties: Sequence[ActorMention],
    trigger: tuple[int, int],
    clause: tuple[int, int],
) -> PlaceMention | None:
    """The country named after a word of venue (`_VENUE_WORDS`) after the event word in its clause
    and named as none of the event's sides, when the place chosen is a country named as a side;
    None when there is none such."""
    if place.precision != "country" or not any(place.start < a.end and a.start < place.end for a in parties):
        return None
    for p in places:
        if p.precision != "country" or p.country == place.country or not trigger[1] <= p.start < clause[1]:
            continue
        if any(p.start < a.end and a.start < p.end for a in parties):
            continue
        i, j = _span_before(text, p.start)
        if fold_str(text[i:j]).lower() in _VENUE_WORDS and len(text[trigger[1] : i].split()) <= _WORDS_BETWEEN:
            return p
    return None
