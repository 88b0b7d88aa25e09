"""A year that names a thing belonging to another noun ("newcomers from the 2019 protest movement",
"members of the 2009 protest movement") does not date the verb told after it: that verb is the
other noun's deed, dated by the sentence's own time. After a relative word the verb is the thing's
own deed ("the 1974 revolution that toppled the emperor"), and a year before the verb's own
event noun still dates it ("won the 2022 election")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2022-05-17"


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "Hezbollah lost its majority, results announced on Tuesday showed, while newcomers from the 2019 protest movement won seats.",
            "election",
            "2022-05-17",
        ),
        ("Members of the 2009 protest movement rallied in Tehran, witnesses said on Friday.", "protest", "2022-05-13"),
        ("Police said on Monday that leaders of the 2019 protest movement were arrested in Beirut.", "arrest", "2022-05-16"),
    ],
)
def test_a_verb_after_a_year_naming_a_thing_of_its_subject_is_not_dated_by_it(text, event_type, date):
    assert [e["date"] for e in of_type(extract(text, PUB), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "Mengistu, who rose to power in the 1974 revolution that toppled Emperor Haile Selassie, resigned and fled to Zimbabwe on May 21.",
            "appointment",
            "1974",
        ),
        ("Hezbollah lost its majority, results announced on Tuesday showed, while the 2019 protest movement won seats.", "election", "2019"),
        ("Officials said on Tuesday that Hezbollah had won the 2018 election in Lebanon.", "election", "2018"),
    ],
)
def test_the_year_still_dates_the_thing_s_own_deed(text, event_type, date):
    assert date in [e["date"] for e in of_type(extract(text, PUB), event_type)]
