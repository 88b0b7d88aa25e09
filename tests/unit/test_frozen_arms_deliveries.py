"""Deliveries of arms frozen, halted or suspended (froze deliveries of fighter jets to a state,
جمدت تسليم طائرات، أوقفت توريد دبابات) are a sanction on the state they were bound for; deliveries
of gas or grain halted are not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _sanctions(text: str, published: str) -> list[tuple[str, list[str]]]:
    return [(e["date"], sorted(e["countries"])) for e in extract(text, published) if e["event_type"] == "sanctions"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "In March 2019, Washington froze deliveries of fighter jets and attack helicopters to Turkey.",
            "2020-01-10",
            [("2019-03", ["TUR", "USA"])],
        ),
        ("Berlin halted the delivery of tanks to Saudi Arabia on Monday.", "2020-01-10", [("2020-01-06", ["DEU", "SAU"])]),
        (
            "جمدت واشنطن في مارس 2019 تسليم مقاتلات ومروحيات هجومية إلى تركيا.",
            "2020-01-10",
            [("2019-03", ["TUR", "USA"])],
        ),
        ("أوقفت برلين الاثنين توريد دبابات إلى السعودية.", "2020-01-10", [("2020-01-06", ["DEU", "SAU"])]),
        # not arms
        ("Moscow halted deliveries of gas to Poland on Monday.", "2020-01-10", []),
        ("أوقفت موسكو الاثنين شحنات الغاز إلى بولندا.", "2020-01-10", []),
    ],
)
def test_arms_deliveries_frozen_are_a_sanction(text, published, expected):
    assert _sanctions(text, published) == expected
