"""A deed done once between its sides (a truce, a deal, a vote), told on two days in a row, the
second time by a definite word, is one deed: announced, signed, in force or counted on the
morrow, it keeps the earlier day, unless the earlier telling names only one of its sides (that
side's step on the eve of the deed of all). An indefinite word on the next day is one more
deal, and attacks go on from day to day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        # announced one evening, held the next day: the day it was announced
        (
            "The truce between Israel and Hamas was announced in Cairo on Monday evening. "
            "The ceasefire between Israel and Hamas held on Tuesday, residents said.",
            "ceasefire",
            ["2024-03-04"],
        ),
        (
            "أعلن الوسطاء مساء الاثنين التوصل إلى هدنة بين إسرائيل وحماس في قطاع غزة. "
            "وصمدت الهدنة بين إسرائيل وحماس يوم الثلاثاء.",
            "ceasefire",
            ["2024-03-04"],
        ),
        # reached one day, its text signed the next
        (
            "أعلن رئيس الوزراء التركي أمس الاثنين توصل بلاده وروسيا إلى اتفاق بشأن الغاز. "
            "ووقع وزير الطاقة التركي ونظيره الروسي نص الاتفاق اليوم الثلاثاء في أنقرة.",
            "agreement",
            ["2024-03-04"],
        ),
        # the vote, its winner named the next day
        (
            "Kais Saied won Tunisia's presidential run-off by a landslide, exit polls showed on Monday. "
            "Saied took about 76 percent of the vote in Sunday's election, according to pollsters.",
            "election",
            ["2024-03-03"],
        ),
        # one side's acceptance on the eve of the truce between both: the truce's day
        (
            "A ceasefire between Israel and Hamas took hold early on Tuesday. "
            "Israel's security cabinet voted on Monday night to accept the Egyptian-brokered truce.",
            "ceasefire",
            ["2024-03-05"],
        ),
        # an indefinite word on the next day is one more deal
        (
            "Egypt and Sudan signed a trade agreement on Monday. "
            "On Tuesday, the two countries signed a security pact in Khartoum.",
            "agreement",
            ["2024-03-04", "2024-03-05"],
        ),
        (
            "وقعت مصر والسودان اتفاقية تجارية يوم الاثنين. ووقع البلدان يوم الثلاثاء اتفاقية أمنية في الخرطوم.",
            "agreement",
            ["2024-03-04", "2024-03-05"],
        ),
        # strikes go on from day to day: two days, two attacks
        (
            "Israeli jets struck targets in Gaza on Monday. On Tuesday, the Israeli strikes on Gaza killed five people.",
            "attack",
            ["2024-03-04", "2024-03-05"],
        ),
    ],
)
def test_a_deed_told_on_the_next_day(text, event_type, dates):
    found = of_type(extract(text, "2024-03-06"), event_type)
    assert sorted(e["date"] for e in found) == dates, [(e["date"], e["trigger"]) for e in found]
