"""A person introduced by a title and one name ("Sheikh Hasina") is named again by that name
alone ("Hasina, 76, resigned"); an age set off by commas keeps the name in its verb's clause;
one person's resignation told twice by its verb on one day is one event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_LEAD = (
    "Nobel peace laureate Muhammad Yunus was named on Tuesday to lead an interim government in Bangladesh, "
    "a day after Prime Minister Sheikh Hasina resigned and fled the country.\n\n"
)


@pytest.mark.parametrize(
    ("text", "resignations"),
    [
        (
            _LEAD + "Hasina, 76, resigned on Monday and flew to India on a military aircraft as hundreds of "
            "thousands of people defied a curfew to march on Dhaka.",
            [("2024-08-05", True)],
        ),
        # another person's resignation on the same day stays an event of its own
        (
            _LEAD + "Foreign Minister Hasan Mahmud resigned on Monday as crowds marched on Dhaka.",
            [("2024-08-05", True), ("2024-08-05", False)],
        ),
    ],
)
def test_one_persons_resignation_told_twice(text, resignations):
    found = of_type(extract(text, "2024-08-07"), "appointment")
    got = sorted((e["date"], "sheikh_hasina" in e["actors"]) for e in found if e["trigger"] == "resigned")
    assert got == sorted(resignations)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Prime Minister Sheikh Hasina spoke on Sunday.\n\nHasina, 76, resigned on Monday as people marched on Dhaka.", True),
        # the name inside a longer name is another person's
        ("Prime Minister Sheikh Hasina spoke on Sunday.\n\nHasina Begum, 76, resigned on Monday as people marched on Dhaka.", False),
    ],
)
def test_a_title_and_one_name_named_again_by_the_name(text, named):
    found = [e for e in of_type(extract(text, "2024-08-07"), "appointment") if e["date"] == "2024-08-05"]
    assert found
    assert ("sheikh_hasina" in found[0]["actors"]) is named
