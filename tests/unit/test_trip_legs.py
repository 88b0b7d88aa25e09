"""A trip told with two destinations in two countries joined by "and" is a visit to each, on
the day the sentence gives: "travelled to Rome and Madrid on Monday", "وصل الوزير أمس إلى القاهرة
وإلى بيروت". Not when the second place is no destination joined to the first (a place named
after another word, in another clause), nor when both places are in one country."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "legs"),
    [
        (
            "French Foreign Minister Jean-Yves Le Drian travelled to Rome and Madrid on Monday to discuss migration.",
            "2019-03-05",
            {("ITA", "2019-03-04"), ("ESP", "2019-03-04")},
        ),
        (
            "German Chancellor Angela Merkel visited Warsaw and Prague on Wednesday.",
            "2019-03-08",
            {("POL", "2019-03-06"), ("CZE", "2019-03-06")},
        ),
        (
            "ووصل وزير الخارجية القطري أمس إلى القاهرة وإلى بيروت في إطار جولة إقليمية.",
            "2019-03-05",
            {("EGY", "2019-03-04"), ("LBN", "2019-03-04")},
        ),
        (
            "وتوجه وزير الخارجية المصري أمس إلى الخرطوم وجوبا.",
            "2019-03-05",
            {("SDN", "2019-03-04"), ("SSD", "2019-03-04")},
        ),
        # a verb whose object is the destination, its subject between
        (
            "وزار وزير الخارجية الإسرائيلي أمس لندن وباريس.",
            "2019-03-05",
            {("GBR", "2019-03-04"), ("FRA", "2019-03-04")},
        ),
    ],
)
def test_a_trip_to_two_countries_is_a_visit_to_each(text, published, legs):
    found = of_type(extract(text, published), "visit")
    assert {((e["location"] or {}).get("country"), e["date"]) for e in found} == legs, found
    for e in found:
        other = {c for c, _ in legs} - {(e["location"] or {}).get("country")}
        assert not other & set(e["countries"]), found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # two cities of one country: one trip
        ("Turkish President Recep Tayyip Erdogan visited Riyadh and Jeddah on Monday.", "2019-03-05"),
        # the second place is where the visitor came from, not a destination joined by "and"
        ("The Qatari emir arrived in Amman on Monday from Beirut.", "2019-03-05"),
        ("ووصل وزير الخارجية القطري أمس إلى القاهرة قادما من بيروت.", "2019-03-05"),
        # a name that opens a clause of its own after "and"
        ("Erdogan flew to Riyadh and Egypt's president went to Abu Dhabi on Monday.", "2019-03-05"),
        ("Erdogan travelled to Riyadh and Turkey said the talks would go on.", "2019-03-05"),
        # a town whose name may begin with و is no second destination
        ("وصل الرئيس التركي أمس إلى الرياض وجدة.", "2019-03-05"),
    ],
)
def test_one_trip_stays_one_visit(text, published):
    assert len(of_type(extract(text, published), "visit")) == 1
