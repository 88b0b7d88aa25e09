"""A date that opens an Arabic sentence holds for its main clause also when a relative clause
describes that time by what happened then before the comma sets it off ("وفي اليوم نفسه الذي
انتهت فيه المهلة، تظاهر ..."): the deed took place on that day too, as in English "On Sunday
when the deadline expired, thousands rallied"."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-03-10"  # a Sunday


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "وانتهت المهلة الممنوحة للحكومة يوم الخميس الماضي. وفي اليوم نفسه الذي انتهت فيه المهلة، تظاهر آلاف المعارضين في العاصمة التونسية.",
            "2024-03-07",
        ),
        (
            "وفي يناير الماضي الذي شهد انهيار الحوار الوطني، تظاهر آلاف المعارضين في العاصمة التونسية.",
            "2024-01",
        ),
        (
            "The deadline given to the government ran out last Thursday. On the same day the deadline ran out, thousands of opponents protested in the Tunisian capital.",
            "2024-03-07",
        ),
        ("Last January, when the national dialogue collapsed, thousands of opponents protested in the Tunisian capital.", "2024-01"),
    ],
)
def test_the_deed_takes_the_described_opening_date(text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "protest")] == [date]
