"""A trip told by a verb of travelling or arriving that opens a relative clause describing
the traveller ("who flew to ...", "الذي توجه إلى ...") is how he came to the occasion the
sentence reports: the day's news, not a past deed describing him (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "visits"),
    [
        (
            "Kenyan President William Ruto, who flew to Addis Ababa for the summit, was greeted by the hosts.",
            "2023-02-18",
            [("2023-02-18", "ETH")],
        ),
        (
            "Egyptian President Abdel Fattah al-Sisi, who travelled to Amman with a large delegation, praised the Jordanian position.",
            "2022-05-10",
            [("2022-05-10", "JOR")],
        ),
        (
            "وأشاد الرئيس المصري عبد الفتاح السيسي، الذي توجه إلى الأردن للمشاركة في الاجتماع، بالموقف الأردني.",
            "2022-05-10",
            [("2022-05-10", "JOR")],
        ),
    ],
)
def test_a_trip_opening_a_relative_clause_is_the_days_news(text, published, visits):
    found = of_type(extract(text, published), "visit")
    # the place of the trip is among its countries
    assert [(e["date"], place) for e in found for _, place in visits if place in e["countries"]] == visits, found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # refugees or goods are no official's trip
        ("The refugees, who arrived in Greece by boat, were given shelter.", "2022-05-10"),
        # a relative clause of another deed describes the person still
        ("The Egyptian foreign minister, who visited Amman, praised the Jordanian position.", "2022-05-10"),
    ],
)
def test_other_relative_clauses_tell_no_trip(text, published):
    assert of_type(extract(text, published), "visit") == []
