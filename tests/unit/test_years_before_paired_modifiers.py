"""A year before an event noun with a pair of modifiers joined by "and" or "or" ("a 2019 missile
and drone attack") dates that deed, as one before a single modifier does ("a 2019 drone attack");
a year that names another thing ("its 1972 trade and travel law") still dates no deed told after
it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        ("Riyadh blamed Tehran for a 2019 missile and drone attack on its oil facilities.", "attack", ["2019"]),
        ("Saudi Arabia recalled the 2019 missile and drone attack on its oil facilities.", "attack", ["2019"]),
        ("Saudi Arabia recalled the 2019 drone attack on its oil facilities.", "attack", ["2019"]),
        ("Saudi Arabia recalled the 2019 air or drone strikes on its oil facilities.", "attack", ["2019"]),
        # the year names a law, not the strike told after it
        ("Under its 1972 trade and travel law, Saudi jets struck Houthi positions on Monday.", "attack", ["2023-03-06"]),
    ],
)
def test_a_year_before_paired_modifiers(text: str, event_type: str, dates: list[str]) -> None:
    found = of_type(extract(text, "2023-03-10"), event_type)
    assert [ev["date"] for ev in found] == dates, found
