"""A deed told after a verb of following someone ("ولحق بهم", "followed them") is a second one,
at the time of the deed of its type told before it in the sentence."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "ويأتي القرار بعد أيام من زيارة رئيس الوزراء العراقي وأعضاء حكومته إلى البصرة مطلع الشهر الجاري، حيث عقدت "
            "الحكومة أول اجتماع لها في المدينة منذ 2019، ولحق بهم وزير الدفاع القطري في زيارة نادرة لمسؤول قطري بهذا المستوى.",
            "2024-03-20",
            ["2024-03", "2024-03"],
        ),
        (
            "The Iraqi prime minister visited Basra on Monday with his cabinet, and the Qatari defence minister "
            "followed them on a rare visit to the city.",
            "2024-03-20",
            ["2024-03-18", "2024-03-18"],
        ),
    ],
)
def test_a_follower_s_deed_is_a_second_one_at_the_same_time(text, published, dates):
    assert sorted(e["date"] for e in of_type(extract(text, published), "visit")) == dates
