"""A deed told as a series of rounds at two times joined by "and" ("hosted several rounds of
talks in 2021 and 2022", "عدة جولات من المحادثات في 2021 و2022") is one series from the first
time to the second, not one event per time; a deed told plainly at two times ("talks held in
Geneva in 2018 and 2019") is still one per time."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2023-03-10"


@pytest.mark.parametrize(
    "text",
    [
        "Iraq and Oman hosted several rounds of talks between the two sides in 2021 and 2022.",
        "Officials from the two countries held a series of meetings in Baghdad in 2021 and 2022.",
        "واستضاف العراق عدة جولات من المحادثات بين البلدين في 2021 و2022.",
    ],
)
def test_rounds_told_over_two_years_are_one_series(text):
    events = of_type(extract(text, PUBLISHED), "meeting")
    assert [(e["date"], e["end_date"]) for e in events] == [("2021", "2022")]


def test_talks_told_plainly_at_two_years_are_two():
    events = of_type(extract("Talks were held in Geneva in 2018 and 2019.", PUBLISHED), "meeting")
    assert sorted(e["date"] for e in events) == ["2018", "2019"]
