"""An English clause opened by "the day" after a date, with a subject of its own ("on Feb. 24,
the day Russian forces invaded Ukraine"), tells a deed of its own on that date, as one of "when"
does; the sentence's own deed does not take in its sides."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def test_the_day_s_deed_is_told_on_the_date() -> None:
    text = "Pakistan's Imran Khan held talks with President Vladimir Putin in Moscow on Feb. 24, the day Russian forces invaded Ukraine."
    events = extract(text, "2022-04-11")
    assert [(e["date"], e["countries"]) for e in of_type(events, "attack")] == [("2022-02-24", ["RUS", "UKR"])]
    assert all("UKR" not in e["countries"] for e in of_type(events, "meeting"))


def test_a_day_to_come_tells_no_deed() -> None:
    text = "Assad said on Monday the day would come when Syria rejoins the Arab League."
    assert of_type(extract(text, "2022-04-11"), "relations") == []


@pytest.mark.parametrize(
    ("text", "published", "not_told"),
    [
        # a count after "the day" tells another day
        ("Zelensky met Blinken in Kyiv on March 3, the day after Russian forces shelled Kharkiv.", "2022-03-10", ("attack", "2022-03-03")),
        # "the day" as an object names an anniversary, no deed of the date before it
        (
            "Thousands of Ukrainians rallied in Kyiv on Friday to mark the day Russian forces invaded their country.",
            "2023-02-25",
            ("attack", "2023-02-24"),
        ),
    ],
)
def test_no_deed_of_the_day_without_its_date(text: str, published: str, not_told: tuple[str, str]) -> None:
    assert not_told not in [(e["event_type"], e["date"]) for e in extract(text, published)]
