"""An English event noun that is itself the subject of a plan ("Negotiations ... are due to resume
in Tunisia next month") is dated by the plan's time: a meeting still to come, no event of the
publication's day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Negotiations on the political track are due to resume in Tunisia next month.",
        "Negotiations between Libyan sides will resume in Tunisia next month.",
        "Talks between Libya's rival camps are expected to take place in Geneva in November.",
    ],
)
def test_an_event_noun_planned_for_later_is_no_event_of_the_day(text: str) -> None:
    assert not of_type(extract(text, "2020-10-24"), "meeting")


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # another subject's plan after the event: the event keeps its own time
        (
            "CHP leader Ozel of Turkey called the detention a political operation and said the party would hold "
            "a rally in Istanbul on Saturday.",
            "arrest",
            "2020-10-24",
        ),
        # the talks told with a day of their own before the plan
        ("The talks, which began in Geneva on Monday, will resume next month.", "meeting", "2020-10-19"),
    ],
)
def test_a_plan_of_another_subject_leaves_the_event_its_time(text: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2020-10-24"), event_type)] == [date]
