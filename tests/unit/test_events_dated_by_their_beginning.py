"""An event word named with its year and followed by a relative clause of its beginning ("the
2011 protests, which began when a vendor set himself on fire in December 2010", "احتجاجات 2011،
التي اندلعت في ديسمبر 2010") is dated by the time that clause gives, when it falls in or before
that year; a clause of beginning with no time of its own leaves the year (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Tunisia is the only democracy to emerge from the 2011 protests, which began when a vendor set himself on fire in December 2010 and ended years of rule.", "2010-12"),
        ("Bahrain has been calm since the 2011 protests, which had broken out on February 14 that year.", "2011-02-14"),
        ("وتعد تونس الديمقراطية الوحيدة التي خرجت من احتجاجات 2011، التي اندلعت في ديسمبر 2010 بعد إحراق بائع نفسه.", "2010-12"),
    ],
)
def test_an_event_known_by_its_year_is_dated_when_it_began(text, date) -> None:
    assert [e["date"] for e in of_type(extract(text, "2018-06-04"), "protest")] == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The 2011 protests, which began in Cairo, toppled Mubarak within weeks.", "2011"),
        ("واستمرت احتجاجات 2011، التي اندلعت في القاهرة، أسابيع.", "2011"),
    ],
)
def test_a_beginning_with_no_time_leaves_the_year(text, date) -> None:
    assert [e["date"] for e in of_type(extract(text, "2018-06-04"), "protest")] == [date]


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        # a deed told by a noun and found going on at a later time: dated by its start
        (
            "Chinese warships operated around the island for a second day on Friday in the largest-ever "
            "military drills held near Taiwan, which began on Thursday and are due to run until Sunday.",
            "military_exercise",
            "2022-08-04",
        ),
        ("واصلت السفن الحربية الصينية الجمعة المناورات العسكرية قرب تايوان، التي بدأت الخميس.", "military_exercise", "2022-08-04"),
        ("Police broke up on Friday the protests in Khartoum, which began in December.", "protest", "2021-12"),
        ("فضت الشرطة السودانية الجمعة الاحتجاجات في الخرطوم، التي اندلعت في ديسمبر.", "protest", "2021-12"),
    ],
)
def test_a_deed_going_on_is_dated_by_the_start_its_relative_gives(text, kind, date) -> None:
    assert [e["date"] for e in of_type(extract(text, "2022-08-05"), kind)] == [date]


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        # a verb in the past: its own time, whatever the relative after its object tells
        ("Sudanese police arrested on Friday the leaders of the protests in Khartoum, which began in December.", "arrest", "2021-12"),
        ("اعتقلت الشرطة السودانية الجمعة قادة الاحتجاجات في الخرطوم، التي اندلعت في ديسمبر.", "arrest", "2021-12"),
        # the relative tells of a name after a word of since, not of the event word
        ("Thousands of Iraqis protested in Baghdad on Friday in the largest rally since the uprising, which began in December.", "protest", "2021-12"),
    ],
)
def test_a_relative_of_another_beginning_leaves_the_deed_s_day(text, kind, date) -> None:
    found = of_type(extract(text, "2022-08-05"), kind)
    assert found and date not in [e["date"] for e in found], found
