"""An event noun that is the subject of a verb in the past telling an event of another type
("protests that forced out Ben Ali", "الاحتجاجات التي أجبرت الرئيس على التنحي") brought that
deed about: both took place, each an event of its own. A ruler forced out, or forced to step
down, or forced to flee by an uprising, has left office; a ruler forced to flee by an armed
foe, or the deeds of the people who protest, are no change of office nor a deed apart."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "Tunisia's uprising began with protests in Sidi Bouzid in December 2010 that forced out veteran ruler Zine El Abidine Ben Ali.",
            "2019-10-14",
            "2011-01-14",
        ),
        ("Mass protests against his rule forced out President Omar al-Bashir in April 2019.", "2021-03-10", "2019-04"),
        (
            "Tunisians voted nine months after mass protests forced President Zine El Abidine Ben Ali to flee to Saudi Arabia on Jan. 14.",
            "2011-10-28",
            "2011-01-14",
        ),
        ("الاحتجاجات التي أجبرت الرئيس بوتفليقة على التنحي في أبريل 2019 كانت سلمية.", "2021-03-10", "2019-04"),
        ("أجبرت الاحتجاجات الرئيس زين العابدين بن علي على الفرار إلى السعودية في 14 يناير 2011.", "2021-03-10", "2011-01-14"),
    ],
)
def test_the_protests_and_the_ruler_they_drove_out(text: str, published: str, date: str) -> None:
    events = extract(text, published)
    found = [(e["event_type"], e["date"]) for e in events]
    assert ("appointment", date) in found, [(e["event_type"], e["trigger"], e["date"]) for e in events]
    assert of_type(events, "protest"), [(e["event_type"], e["trigger"], e["date"]) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis seized Sanaa and forced President Hadi to flee to Aden in February 2015.",
        "الحوثيين، الذين فرضوا سيطرتهم على العاصمة اليمنية صنعاء وأجبرت الرئيس عبد ربه منصور هادي على الفرار في فبراير 2015.",
        "The killing is the first political assassination in Tunisia since the 2011 uprising that toppled Ben Ali.",
        "Fighting forced out thousands of residents from Aleppo on Sunday.",
    ],
)
def test_no_change_of_office(text: str) -> None:
    events = extract(text, "2021-03-10")
    assert not of_type(events, "appointment"), [(e["event_type"], e["trigger"], e["date"]) for e in events]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Some demonstrators briefly stormed the foreign ministry in Beirut on Monday.", "attack"),
        ("وتشكلت الحكومة تنفيذا لاتفاق المصالحة الذي وقعه وفدا فتح وحماس في غزة في 23 أبريل.", "relations"),
    ],
)
def test_no_deed_apart(text: str, event_type: str) -> None:
    events = extract(text, "2021-03-10")
    assert not of_type(events, event_type), [(e["event_type"], e["trigger"], e["date"]) for e in events]
