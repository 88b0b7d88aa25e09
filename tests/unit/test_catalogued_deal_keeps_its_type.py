"""A deal the catalog names by an alias stays an agreement beside an event word of a type
that would otherwise absorb it ("اتفاقيات مينسك، التي وقعت ... لإنهاء القتال": the Minsk
agreements, signed to end the fighting, are no truce of the day)."""

import pytest

from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "ويرى محللون أن موسكو اعتبرت اتفاقيات مينسك، التي وقعت في العاصمة البيلاروسية في فبراير 2015 "
            "بوساطة فرنسية ألمانية لإنهاء القتال في دونباس، \"ميتة\" منذ زمن.",
            "2022-02-25",
            "2015-02",
        ),
        (
            "Analysts say Moscow considered the Minsk agreements, signed in February 2015 to end "
            "the fighting in Donbas, long dead.",
            "2022-02-25",
            "2015-02",
        ),
    ],
)
def test_catalogued_deal_stays_an_agreement(text, published, date):
    assert any(e["date"].startswith(date) for e in of_type(extract(text, published), "agreement"))


@pytest.mark.parametrize(
    "text",
    ["وقعت إسرائيل وحركة حماس الاثنين اتفاقا لوقف إطلاق النار في غزة.", "Israel and Hamas signed an agreement on Monday for a ceasefire in Gaza."],
)
def test_a_truce_agreed_without_a_catalogued_name_is_a_ceasefire(text):
    found = extract(text, "2022-02-25")
    assert of_type(found, "ceasefire") and not of_type(found, "agreement")
