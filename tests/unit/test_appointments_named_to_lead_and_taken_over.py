"""An office holder named to lead or form a government, or one who took over a mission or a post
from another, was appointed; the one who resigned "a day after" is a deed a day apart; a
government that "could be sworn in" is still to come."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "Muhammad Yunus was named on Tuesday to lead an interim government in Bangladesh, a day after "
            "Prime Minister Sheikh Hasina resigned.",
            "2024-08-07",
            ["2024-08-05", "2024-08-06"],
        ),
        ("Lebanon's Najib Mikati was named on Monday to form a new government.", "2021-07-27", ["2021-07-26"]),
        ("Brazil's Neymar was named on Monday to lead the team at the World Cup.", "2022-11-08", []),
        (
            "Kobler, a German diplomat, took over the U.N. mission in Libya in November from Spain's Bernardino Leon.",
            "2015-12-18",
            ["2015-11"],
        ),
        ("French troops took over the mission in Mali in January from Malian forces.", "2013-03-01", []),
        (
            "Aides said Yunus would fly home to Bangladesh on Thursday, when the new government could be sworn in.",
            "2024-08-07",
            [],
        ),
    ],
)
def test_appointments(text, published, dates):
    assert sorted(e["date"] for e in of_type(extract(text, published), "appointment")) == dates


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        ("The new government of Bangladesh could be sworn in on Thursday.", "appointment", []),
        ("The new government of Bangladesh is expected to be sworn in on Thursday.", "appointment", []),
        ("The new government of Bangladesh was sworn in on Thursday.", "appointment", ["2024-08-01"]),
        ("The agreement between Qatar and Turkey will be signed next week in Doha.", "agreement", []),
        ("A ceasefire in Gaza could take effect on Sunday.", "ceasefire", []),
        ("The ceasefire in Gaza took effect on Sunday.", "ceasefire", ["2024-08-04"]),
    ],
)
def test_a_noun_before_a_verb_of_might_or_the_future_is_still_to_come(text, event_type, dates):
    assert [e["date"] for e in of_type(extract(text, "2024-08-07"), event_type)] == dates
