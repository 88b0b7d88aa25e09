"""A lasting measure in force since a deed named by its word ("under U.N. sanctions since its
invasion of Kuwait") began with that deed: it takes the deed's month, from the text or the
catalog. A time of its own, or "since" naming no deed, leaves it as it was."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "1998-12-17"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("BAGHDAD - Iraq has been under sweeping U.N. sanctions since its invasion of Kuwait, and says the inspections are a pretext.", "1990-08"),
        ("BAGHDAD - Iraq has been under sweeping U.N. sanctions since its invasion of Kuwait in August 1990.", "1990-08"),
        ("BAGHDAD - The United Nations imposed sanctions on Iraq in August 1990.", "1990-08"),
        # "since" naming no deed: the publication's day
        ("BAGHDAD - Iraq has been under sweeping U.N. sanctions since then, officials said.", "1998-12-17"),
    ],
)
def test_a_measure_since_a_deed_takes_its_month(text: str, value: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "sanctions")] == [value]


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON - Washington imposed its harshest sanctions on Tehran since the 1979 revolution on Monday.",
        "WASHINGTON - The United States imposed the toughest sanctions on Iran since the Islamic revolution.",
    ],
)
def test_a_measure_compared_since_a_deed_is_not_begun_by_it(text: str) -> None:
    assert "1979-02" not in [e["date"] for e in of_type(extract(text, PUB), "sanctions")]
