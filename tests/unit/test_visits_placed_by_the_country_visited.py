"""A visit takes place in the country its verb takes as object, or that follows its word of
"to" ("visited Saudi Arabia", "travelled to Israel", "زار مصر", "زيارة إلى الأردن"), though
the sentence names a city of another country in another clause or after "and"."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "The Turkish president visited Egypt in February for the first time since the killing of a reporter at his country's consulate in Istanbul.",
            "EGY",
        ),
        ("The minister later travelled to Jordan and the occupied West Bank in May.", "JOR"),
        (
            "وكان الرئيس التركي قد زار مصر في فبراير للمرة الأولى منذ مقتل صحفي في قنصلية بلاده في إسطنبول.",
            "EGY",
        ),
        ("وصل الوزير إلى المنطقة في زيارة إلى الأردن والضفة الغربية المحتلة في مايو.", "JOR"),
        ("وكان وزير الخارجية قد زار مصر والضفة الغربية في مايو.", "EGY"),
    ],
)
def test_a_visit_is_in_the_country_visited(text, country):
    found = of_type(extract(text, "2024-06-10"), "visit")
    assert found, extract(text, "2024-06-10")
    assert {(ev["location"] or {}).get("country") for ev in found} == {country}, found
