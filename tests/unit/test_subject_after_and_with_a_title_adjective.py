"""A clause after ", and" whose subject opens with an adjective of a title before the capitalised
name ("and embattled President Hadi arrived in Riyadh on Thursday") has a subject of its own: its
deed stands beside the main clause's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Saudi Arabia and its Gulf allies launched air strikes against Shiite Huthi rebels in Yemen overnight, and embattled "
            "President Abedrabbo Mansour Hadi arrived in Riyadh on Thursday after fleeing the southern city of Aden.",
            [("attack", "2015-03-26"), ("visit", "2015-03-26")],
        ),
        (
            "Houthi fighters shelled Aden on Wednesday, and ousted President Hadi arrived in Riyadh on Thursday.",
            [("attack", "2015-03-25"), ("visit", "2015-03-26")],
        ),
    ],
)
def test_both_deeds(text: str, expected: list[tuple[str, str]]) -> None:
    found = [(e["event_type"], e["date"]) for e in extract(text, "2015-03-26")]
    for item in expected:
        assert item in found, found
