"""The only place of an attack, or of something sent or travelling somewhere, that is its doer's own
country, named as the doer with no preposition of place before it ("الهجوم الصاروخي الذي نفذته إيران
على مقر الحزب"), tells who did it, not where: the side it fell on or went to is the place. A country
after "in" or في stays the place, and with no other side the doer's country stays."""

from __future__ import annotations

import pytest
from test_extraction_support import country_named, extract, of_type

from events.assemble.places import _doer_named_as_place
from events.model import ActorMention, Event


def _event(event_type: str) -> Event:
    return Event("e", "a", event_type, None, None, None, None, "", "", "")


@pytest.mark.parametrize(
    ("text", "name", "event_type", "doer", "named"),
    [
        # the doer's own name, with no preposition before it
        ("الهجوم الصاروخي الذي نفذته إيران على مقر الحزب", "إيران", "attack", True, True),
        ("the missile attack Iran carried out on the party's headquarters", "Iran", "attack", True, True),
        ("أرسلت السعودية وفدا إلى الحكومة اليمنية", "السعودية", "visit", True, True),
        # not after a preposition of place or destination, not another side, not a type held at home
        ("شنت القوات هجوما في إيران", "إيران", "attack", True, False),
        ("sent a delegation to Iran", "Iran", "visit", True, False),
        ("the missile attack on Iran", "Iran", "attack", False, False),
        ("فرضت إيران عقوبات على الشركة", "إيران", "sanctions", True, False),
    ],
)
def test_a_doer_named_as_the_place(text, name, event_type, doer, named):
    place = country_named(text, name, "IRN")
    initiator = [ActorMention(place.start, place.end, name, "IRN", "country", "IRN")] if doer else []
    assert _doer_named_as_place(_event(event_type), initiator, place, text) is named


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # the side the attack fell on, not the doer
        (
            "أدان رئيس الحزب الديمقراطي الكردستاني، مسعود بارزاني، الهجوم الصاروخي الذي نفذته إيران على مقر "
            "الحزب الديمقراطي الكردستاني الإيراني، السبت.",
            "IRQ",
        ),
        (
            "The Kurdish leader condemned the missile attack Iran carried out on Saturday on the headquarters of "
            "the Kurdistan Democratic Party.",
            "IRQ",
        ),
        # a place stated after في or "in" stays
        ("شنت إيران هجوما صاروخيا السبت على مواقع في العراق.", "IRQ"),
        ("Iran launched a missile attack on Saturday in Iraq.", "IRQ"),
        # with no side it fell on, the doer's country stays; a side of a clause before the event
        # word is another deed's
        ("Iran carried out an attack on Saturday.", "IRN"),
        ("بعد أن نشر الرئيس الأمريكي قوات في العراق، أطلقت إيران صواريخ على متمردين يوم الأربعاء.", "IRN"),
    ],
)
def test_an_attack_is_placed_at_the_side_it_fell_on(text, where):
    (attack,) = of_type(extract(text, "2018-09-09"), "attack")
    assert (attack["location"] or {}).get("country") == where
