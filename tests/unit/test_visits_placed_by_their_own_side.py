"""A visit told again without its destination ("during the visit last month"), whose only
country is its visitors' own, is placed by nothing its sentence names: it is the visit told
before to a named land, one event placed there, not a second visit at home."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date", "place"),
    [
        (
            "وكان الرئيس الفرنسي إيمانويل ماكرون قد زار الجزائر في السادس من ديسمبر الماضي.\n"
            "وتجول ماكرون ومسؤولون فرنسيون في حي القصبة أثناء الزيارة الشهر الماضي.",
            "2018-01-10",
            "2017-12-06",
            "DZA",
        ),
        (
            "French President Emmanuel Macron visited Algeria on December 6.\n"
            "Macron and French officials toured a museum during the visit last month.",
            "2018-01-10",
            "2017-12-06",
            "DZA",
        ),
    ],
)
def test_a_visit_retold_without_its_destination_is_one_visit(text: str, published: str, date: str, place: str) -> None:
    found = of_type(extract(text, published), "visit")
    assert [(e["date"][:7], (e["location"] or {}).get("country")) for e in found] == [(date[:7], place)], [
        (e["trigger"], e["date"], e["location"]) for e in found
    ]
