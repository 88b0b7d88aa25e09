""""That" right after a preposition is a demonstrative ("resigned from that post in 1992"), no
clause of another deed, so the year dates the resignation; an oath of office told again with no
day of its own, in the week the article gives the oath's day, is that oath."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

OMAN = (
    "MUSCAT (Reuters) - Oman's Haitham bin Tariq al-Said was sworn in as sultan on Saturday after the ruling "
    "family opened a sealed letter naming him as successor.\n\n"
)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("A former Iranian culture minister, Khatami resigned from that post in 1992 under fire from conservatives.", ["1992"]),
        ("Iran's Khatami was appointed to that office in 1982.", ["1982"]),
        # a relative "that" still opens a clause of its own deed
        ("Iran's Khatami resigned from the ministry that was founded in 1982.", ["1997-05-25"]),
    ],
)
def test_that_after_a_preposition_is_a_demonstrative(text, dates):
    assert [e["date"] for e in of_type(extract(text, "1997-05-25"), "appointment")] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (OMAN + "Haitham, 65, who had served as minister of heritage and culture, took the oath at a session of the family council.", ["2020-01-11"]),
        # an oath with a day of its own is another oath
        (OMAN + "Oman's new crown prince took the oath on Sunday.", ["2020-01-11", "2020-01-12"]),
    ],
)
def test_an_oath_told_again_with_no_day_is_that_oath(text, dates):
    assert sorted(e["date"] for e in of_type(extract(text, "2020-01-13"), "appointment")) == dates
