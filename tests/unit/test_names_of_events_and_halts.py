"""The day inside a catalogued event's name dates only that event; ties, deals or talks halted
or frozen did not take place."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "October 7" names the attack: it does not date the normalisation of the sentence
        (
            "The October 7 attack on southern Israel derailed normalisation between Saudi Arabia and Israel.",
            "2024-12-17",
            [("attack", "2023-10-07")],
        ),
        (
            "وأدى هجوم السابع من أكتوبر إلى تعطيل التطبيع بين السعودية وإسرائيل.",
            "2024-12-17",
            [("attack", "2023-10-07")],
        ),
        # halted or frozen ties, deals and talks are no event
        ("The October 7 attack halted normalisation between Saudi Arabia and Israel.", "2024-12-17", [("attack", "2023-10-07")]),
        ("Saudi Arabia froze normalisation talks with Israel on Monday.", "2024-12-17", []),
        ("جمدت السعودية محادثات التطبيع مع إسرائيل.", "2024-12-17", []),
        ("The deal was put on hold after the election.", "2024-12-17", []),
        # talks resumed did take place
        ("Saudi Arabia and Israel resumed normalisation talks on Monday.", "2024-12-17", [("meeting", "2024-12-16")]),
    ],
)
def test_halted_ties_and_days_of_names(text, published, expected):
    assert [(e["event_type"], e["date"]) for e in extract(text, published)] == expected
