"""A sentence opened by a word of the time of an occasion told before ("As the ceremony was under
way,", "During the ceremony,"), with no date of its own, tells a deed of that occasion's day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

WED = "2020-09-16"
# one paragraph: the lead's day does not reach the sentence after it there
CEREMONY = (
    "Israel signed agreements establishing diplomatic relations with the UAE and Bahrain at a ceremony "
    "at the White House on Tuesday. "
)


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            CEREMONY + "As the ceremony was under way, two rockets were fired from the Gaza Strip towards Ashdod in Israel.",
            "attack",
            "2020-09-15",
        ),
        (CEREMONY + "During the ceremony, protesters rallied in front of the parliament in Manama.", "protest", "2020-09-15"),
        # while something else went on, not the occasion told before
        (
            CEREMONY + "As the storm was under way, two rockets were fired from the Gaza Strip towards Ashdod in Israel.",
            "attack",
            WED,
        ),
    ],
)
def test_a_deed_in_the_time_of_an_occasion_told_before(text: str, event_type: str, date: str) -> None:
    later = len(CEREMONY)
    found = [e for e in of_type(extract(text, WED), event_type) if e["spans"]["trigger"][0] > later]
    assert [e["date"] for e in found] == [date]
