"""An English sentence with no date of its own that points back, with 'the' and a noun,
to an event of another type told in the sentence before ("Police dispersed the protest and
detained several participants") goes on with that news and takes its day. A sentence that names
no such event keeps the publication day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUB = "2021-08-26"


def _dates(text: str, event_type: str) -> list[str]:
    return [e["date"] for e in extract(text, PUB) if e["event_type"] == event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "Hundreds of protesters rallied outside parliament in Tunis on Tuesday evening. "
            "Police dispersed the protest and detained several participants.",
            "arrest",
            "2021-08-24",
        ),
        (
            "Thousands of demonstrators marched in Khartoum on Monday. "
            "Sudanese soldiers opened fire on the demonstrators near the army headquarters, killing four people.",
            "attack",
            "2021-08-23",
        ),
        (
            "Egyptian and Saudi naval forces began joint drills in the Red Sea on Tuesday. "
            "Officials from both countries met on the sidelines of the exercises to discuss maritime security.",
            "meeting",
            "2021-08-24",
        ),
    ],
)
def test_a_sentence_pointing_back_takes_the_day_before(text: str, event_type: str, date: str) -> None:
    assert _dates(text, event_type) == [date]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # the protest as the mark of another time: not the day before
        (
            "Thousands of demonstrators marched in Khartoum on Monday. "
            "Days after the protest, Sudanese soldiers opened fire on mourners in Omdurman, killing two people.",
            "attack",
            "2021-08-26",
        ),
        # nothing in the second sentence points back to the protest: its own news, the publication day
        (
            "Security forces fired tear gas at hundreds of protesters in Tunis on Tuesday evening. "
            "Separately, the interior ministry detained a former minister on corruption charges.",
            "arrest",
            "2021-08-26",
        ),
    ],
)
def test_a_sentence_not_pointing_back_keeps_its_day(text: str, event_type: str, date: str) -> None:
    assert _dates(text, event_type) == [date]
