"""A name of two places in two countries (`عمان`: the Sultanate or Amman; `Tripoli`:
Libya or Lebanon) is read as the place of the country the article names most often,
when it names both (a group of states it names adds its members only as names in
passing); `سلطنة عمان` is always the Sultanate."""

from __future__ import annotations

from collections import Counter

import pytest
from test_extraction_support import extract, of_type

from events.places import find_places, load_gazetteer
from events.text.normalize import fold


@pytest.mark.parametrize(
    ("text", "named", "country"),
    [
        ("تجمع المحتجون بعمان مساء أمس.", {"JOR": 4, "OMN": 0}, "JOR"),
        ("تجمع المحتجون بعمان مساء أمس.", {"JOR": 0, "OMN": 3}, "OMN"),
        ("وصل الوزير إلى سلطنة عمان.", {"JOR": 5, "OMN": 0}, "OMN"),
        ("Protesters gathered in Tripoli on Sunday.", {"LBN": 4, "LBY": 1}, "LBN"),
        ("Protesters gathered in Tripoli on Sunday.", {"LBN": 1, "LBY": 4}, "LBY"),
    ],
)
def test_the_country_named_most_resolves_the_name(text, named, country):
    places = find_places(text, fold(text), load_gazetteer(), Counter(named))
    assert [p.country for p in places] == [country], places


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "يمر الأردن بأزمة اقتصادية، وطلب الأردن دعما من دول الخليج. "
            "وتظاهر آلاف الأشخاص يوم 3 مايو بعمان احتجاجا على الضرائب.",
            "JOR",
        ),
        (
            "Lebanon's economy is in crisis and Lebanon has asked for help; even Libya offered fuel. "
            "Thousands of people protested in Tripoli on 3 May against the new taxes.",
            "LBN",
        ),
    ],
)
def test_a_protest_in_the_capital_of_the_country_the_article_is_about(text, country):
    events = extract(text, "2018-05-10")
    protests = of_type(events, "protest")
    assert protests, events
    assert {(e["location"] or {}).get("country") for e in protests} == {country}, protests
