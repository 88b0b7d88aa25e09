"""Wordings of visits, calls, aid, closures and deployments that name their
event: a leader who spoke with another by phone, a delegation sent to a
capital, a visitor who was in a capital for talks, billions given in loans, an
airport or a liaison office closed, troops that surrounded a parliament or
rolled into a city; and the everyday senses of the same words that name none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-05-11"  # a Tuesday: "on Monday" is 2021-05-10


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # the person spoken with between the verb and the phone
        ("The French president spoke with Tebboune by phone on Monday.", "meeting"),
        ("The French president spoke to the Algerian president by telephone on Monday.", "meeting"),
        # a delegation sent or dispatched to a capital, with or without its leader named
        ("Jordan sent a ministerial delegation to Damascus on Monday.", "visit"),
        ("Jordan sent a delegation led by its foreign minister to Damascus on Monday.", "visit"),
        ("Qatar dispatched a security delegation to Kabul on Monday.", "visit"),
        ("أوفد العاهل الأردني وفدا وزاريا إلى دمشق يوم الاثنين.", "visit"),
        ("أرسلت الحكومة الأردنية وفدا برئاسة وزير الخارجية إلى دمشق يوم الاثنين.", "visit"),
        # a visitor in a capital for talks
        ("On Monday, Maas was in Baghdad for talks with the king.", "visit"),
        # an airport closed to traffic
        ("The Saudi-led coalition closed Sanaa airport to commercial flights on Monday.", "sanctions"),
        # a liaison office closed
        ("Morocco closed its liaison office in Tel Aviv on Monday.", "sanctions"),
        # troops surrounding a seat of power
        ("Army troops surrounded the parliament building in Tunis on Monday.", "deployment"),
        ("Soldiers surrounded the presidential palace in Niamey on Monday.", "deployment"),
        ("طوقت قوات الجيش مبنى البرلمان في تونس يوم الاثنين.", "deployment"),
    ],
)
def test_the_wording_names_its_event(text, kind):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), kind)] == ["2021-05-10"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # billions given in loans
        ("Saudi Arabia has given Egypt billions of dollars in loans and grants since 2013.", "aid"),
        # armoured columns rolling into a city
        ("Columns of armoured vehicles and paramilitaries rolled into Kirkuk on Monday.", "deployment"),
    ],
)
def test_the_wording_names_an_event_of_its_type(text, kind):
    assert of_type(extract(text, PUBLISHED), kind)


@pytest.mark.parametrize(
    ("told", "everyday", "kind"),
    [
        # a leader spoken with by phone; reporters spoken to by phone
        (
            "Blinken spoke with Tebboune by phone on Monday.",
            "The Egyptian minister spoke to reporters by phone on Monday.",
            "meeting",
        ),
        # a delegation sent to a capital; one sent to a conference
        (
            "Egypt sent a delegation to Khartoum on Monday.",
            "Egypt sent a delegation to the climate conference on Monday.",
            "visit",
        ),
        # a visitor in a capital for talks; two sides in talks
        (
            "On Monday, Maas was in Baghdad for talks with the king.",
            "The two sides were in talks for months, the minister said on Monday.",
            "visit",
        ),
        # an airport closed to a rival's flights; one closed by a storm or after a drone attack
        (
            "Saudi Arabia closed Sanaa airport to commercial flights on Monday.",
            "Authorities closed Cairo airport because of a sandstorm on Monday.",
            "sanctions",
        ),
        (
            "Saudi Arabia closed Sanaa airport to commercial flights on Monday.",
            "Saudi Arabia closed Abha airport on Monday after a drone attack.",
            "sanctions",
        ),
        # troops around a parliament; police around a house
        (
            "Army troops surrounded the parliament building in Tunis on Monday.",
            "Police surrounded the house where the gunman was hiding on Monday.",
            "deployment",
        ),
    ],
)
def test_the_wording_names_its_event_and_its_everyday_sense_none(told, everyday, kind):
    assert of_type(extract(told, PUBLISHED), kind)
    assert of_type(extract(everyday, PUBLISHED), kind) == []
