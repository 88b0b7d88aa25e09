"""An English deed counted hours after the time its sentence names before it ("when soldiers
detained President Keita, who resigned hours later") takes that time, not the publication's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "Relations between Paris and Bamako have deteriorated since a military junta seized power in "
            "August 2020, when soldiers detained President Ibrahim Boubacar Keita of Mali, who resigned hours later.",
            "2021-12-24",
            "appointment",
            "2020-08",
        ),
        (
            "Protesters gathered in Bamako on Monday, and the prime minister of Mali resigned hours later.",
            "2021-12-24",
            "appointment",
            "2021-12-20",
        ),
    ],
)
def test_a_deed_hours_later_takes_the_time_told_before(text: str, published: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == [date]


def test_no_time_told_before_leaves_the_publication_day() -> None:
    found = of_type(extract("The prime minister of Mali resigned hours later.", "2021-12-24"), "appointment")
    assert all(e["date"] == "2021-12-24" for e in found)


def test_a_deed_to_come_is_not_counted_from_the_time_before() -> None:
    text = "Protesters gathered in Bamako on Monday, and the prime minister of Mali is expected to resign hours later."
    assert "2021-12-20" not in [e["date"] for e in of_type(extract(text, "2021-12-24"), "appointment")]
