"""A seizure of power is barred only by a word of trying before it in its clause ("attempted to
seize power"); one tried after it is another deed ("seized power Tuesday, hours after the prime
minister tried to fire its chief"); "within hours" dates a deed by the day told before it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Pakistan's army seized power Tuesday, hours after Prime Minister Nawaz Sharif tried to fire its "
            "chief of staff.",
            ["1999-10-12"],
        ),
        ("Pakistan's army attempted to seize power on Tuesday.", []),
        ("Pakistan's army failed in its bid to seize power on Tuesday.", []),
        ("Sharif vowed to return to power in Pakistan.", []),
    ],
)
def test_power_seized(text, dates):
    assert [e["date"] for e in of_type(extract(text, "1999-10-13"), "appointment")] == dates


def test_within_hours_takes_the_day_told_before():
    text = (
        "Pakistan's army seized power on Tuesday. Within hours, troops had surrounded the state television "
        "building and the prime minister's house in Islamabad and cut telephone lines."
    )
    assert [e["date"] for e in of_type(extract(text, "1999-10-13"), "deployment")] == ["1999-10-12"]
