"""A deed named again by a definite noun of its type, with a saying after it in its sentence
that holds a later day ("The strikes destroyed shelters, the ministry said on Tuesday", «ودمرت
الغارات ملاجئ، بحسب ما قالت الوزارة يوم الثلاثاء»), is the deed told on a day of the week before:
the later day is the announcement's, and no second deed is told on it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

_PUBLISHED = "2018-05-17"
_LEAD_EN = "Israeli jets struck targets in the Gaza Strip on Sunday. "
_LEAD_AR = "شنت طائرات إسرائيلية غارات على أهداف في قطاع غزة يوم الأحد. "


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (_LEAD_EN + "The strikes destroyed shelters, the ministry said on Tuesday.", ["2018-05-13"]),
        (_LEAD_EN + "The Israeli strikes destroyed shelters in Gaza, the ministry said Tuesday.", ["2018-05-13"]),
        (_LEAD_EN + "The strikes destroyed shelters, said the health ministry on Tuesday.", ["2018-05-13"]),
        (_LEAD_AR + "ودمرت الغارات الإسرائيلية ملاجئ في غزة، وفق ما قالت الوزارة يوم الثلاثاء.", ["2018-05-13"]),
        (_LEAD_AR + "ودمرت الغارات ملاجئ في غزة، قالت الوزارة يوم الثلاثاء.", ["2018-05-13"]),
        # a new deed, named by no definite noun of its type, keeps the day it is told on
        (
            _LEAD_EN + "Israeli jets struck a camp in Rafah, the ministry said on Tuesday.",
            ["2018-05-13", "2018-05-15"],
        ),
        (
            _LEAD_AR + "وشنت طائرات إسرائيلية غارة على مخيم في رفح، بحسب ما قالت الوزارة يوم الثلاثاء.",
            ["2018-05-13", "2018-05-15"],
        ),
        # the day of the deed's own clause, not of a saying, is a second deed's
        (
            _LEAD_EN + "The new strikes on Tuesday destroyed shelters in Rafah, the ministry said.",
            ["2018-05-13", "2018-05-15"],
        ),
        (
            _LEAD_AR + "ودمرت الغارات الجديدة يوم الثلاثاء ملاجئ في رفح، بحسب ما قالت الوزارة.",
            ["2018-05-13", "2018-05-15"],
        ),
    ],
)
def test_a_retold_deed_said_later_is_the_deed_told_before(text, dates):
    found = extract(text, _PUBLISHED)
    assert sorted(e["date"] for e in found if e["event_type"] == "attack") == dates
