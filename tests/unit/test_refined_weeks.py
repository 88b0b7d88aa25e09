"""A weekday told in the clause of a deed placed "this week" dates it to that day, not to the
week's month (`events.assemble.refined_weeks`; real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.refined_weeks import refined_week
from events.model import TimeMention

DAY = "2012-04-12"  # a Thursday
LEAD_EN = "Kofi Annan, the joint envoy, has been touring the region. "
TAIL_EN = ", where Iranian officials said they backed his mission."


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("وزار المبعوث الأممي هذا الأسبوع مخيمات اللاجئين في تركيا يوم الثلاثاء.", "2012-04-10"),
        ("وزار المبعوث الأممي خلال الأسبوع الجاري مخيمات اللاجئين في تركيا يوم الثلاثاء.", "2012-04-10"),
        (LEAD_EN + "This week he toured refugee camps in Turkey's Hatay province on Tuesday and held talks in Tehran on Wednesday" + TAIL_EN, "2012-04-10"),
        # near-misses: no weekday in the clause, the week's month stays
        ("وزار المبعوث الأممي هذا الأسبوع مخيمات اللاجئين في تركيا.", "2012-04"),
        (LEAD_EN + "This week he toured refugee camps in Turkey's Hatay province and held talks in Tehran" + TAIL_EN, "2012-04"),
    ],
)
def test_the_weekday_of_this_week_dates_the_deed(text, date):
    visits = [e for e in of_type(extract(text, DAY), "visit") if "TUR" in e["countries"]]
    assert [e["date"] for e in visits] == [date], visits


def _mention(text: str, start: int, value: str, precision: str) -> TimeMention:
    return TimeMention(start=start, end=start + len(text), text=text, value=value, precision=precision, basis="relative")


@pytest.mark.parametrize(
    ("week", "day", "refined"),
    [
        (_mention("هذا الأسبوع", 5, "2012-04", "month"), _mention("يوم الثلاثاء", 60, "2012-04-10", "day"), True),
        (_mention("This week", 0, "2012-04", "month"), _mention("Tuesday", 60, "2012-04-10", "day"), True),
        # a past week: its weekday is not the one counted back from the publication
        (_mention("الأسبوع الماضي", 5, "2012-04", "month"), _mention("يوم الثلاثاء", 60, "2012-04-10", "day"), False),
        (_mention("Last week", 0, "2012-04", "month"), _mention("Tuesday", 60, "2012-04-10", "day"), False),
        # a day outside the seven days up to the publication
        (_mention("هذا الأسبوع", 5, "2012-04", "month"), _mention("يوم 2 أبريل", 60, "2012-04-02", "day"), False),
        (_mention("this week", 0, "2012-04", "month"), _mention("April 2", 60, "2012-04-02", "day"), False),
    ],
)
def test_only_a_day_of_the_current_week_refines_it(week, day, refined):
    chosen = refined_week(week, [week, day], (30, 36), DAY)
    assert (chosen is day) == refined
