"""Visitors of two countries joined by "and" as the subject of one verb of coming make a trip
each: "the Jordanian king and the Egyptian president arrived in Riyadh on Monday", "ووصل أمير
الكويت وأمير قطر أمس إلى الرياض" are two visits, one per visitor's country, with the same host
and day. Visitors of one country make one trip, and so do visitors told as travelling together."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "visitors", "host", "day"),
    [
        (
            "Jordanian King Abdullah II and Egyptian President Abdel Fattah al-Sisi arrived in Riyadh on Monday for the summit.",
            "2019-03-05",
            {"JOR", "EGY"},
            "SAU",
            "2019-03-04",
        ),
        (
            "On Tuesday, Kuwait's Emir Sheikh Sabah al-Ahmad al-Sabah and Qatar's Emir Sheikh Tamim bin Hamad al-Thani flew in to Amman.",
            "2019-03-06",
            {"KWT", "QAT"},
            "JOR",
            "2019-03-05",
        ),
        (
            "ووصل الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني أمس إلى الرياض.",
            "2019-03-05",
            {"EGY", "JOR"},
            "SAU",
            "2019-03-04",
        ),
    ],
)
def test_visitors_of_two_countries_make_a_trip_each(text, published, visitors, host, day):
    found = of_type(extract(text, published), "visit")
    assert len(found) == len(visitors), found
    seen = set()
    for e in found:
        assert host in e["countries"] and e["date"] == day, found
        own = visitors & set(e["countries"])
        assert len(own) == 1, found
        seen |= own
    assert seen == visitors, found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # two visitors of one country: one trip
        ("Britain's Prince Charles and Prime Minister Boris Johnson arrived in Amman on Monday.", "2019-03-05"),
        ("ووصل وزير الخارجية القطري ووزير الدفاع القطري أمس إلى عمان.", "2019-03-05"),
        # visitors told as travelling together: one trip
        (
            "Jordanian King Abdullah II and Egyptian President Abdel Fattah al-Sisi arrived in Riyadh on Monday aboard one plane.",
            "2019-03-05",
        ),
        (
            "ووصل الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله الثاني معا أمس إلى الرياض.",
            "2019-03-05",
        ),
    ],
)
def test_visitors_of_one_country_make_one_trip(text, published):
    found = of_type(extract(text, published), "visit")
    assert len(found) == 1, found
