"""A deed told at two times joined by "and" (و) was done at each: one event per time ("in 2011
and again in 2018", "in 2018 and 2019", "في 2011 ومجددا في 2018", «عامي 2005 و2010», "in the
years 2005 and 2010"); a span between two times ("between the years 2011 and 2014", «بين عامي»)
stays one event. A bare year joined to a year is a time of its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates

PUB = "2020-08-17"


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        ("Large protests broke out in Tunisia in 2011 and again in 2018.", "protest", ["2011", "2018"]),
        ("Officials of Morocco and Algeria held talks in Geneva in 2015 and 2016.", "meeting", ["2015", "2016"]),
        ("Thousands protested in Jordan in June 2012 and again in October 2016.", "protest", ["2012-06", "2016-10"]),
        ("شهدت الجزائر احتجاجات واسعة في 2011 ومجددا في 2018.", "protest", ["2011", "2018"]),
        ("وشهد المغرب احتجاجات واسعة في 2013 وفي 2016.", "protest", ["2013", "2016"]),
        ("وشهد الأردن احتجاجات واسعة في يونيو 2012 ومجددا في أكتوبر 2016.", "protest", ["2012-06", "2016-10"]),
        ("Mass protests swept Tunisia in 2008, 2011 and 2018.", "protest", ["2008", "2011", "2018"]),
        ("Mass protests swept Tunisia in 2008, 2011, and 2018.", "protest", ["2008", "2011", "2018"]),
        ("Lebanon saw mass protests in 2005, 2015, 2019 and 2020.", "protest", ["2005", "2015", "2019", "2020"]),
        ("شهدت تونس احتجاجات واسعة في 2008 و2011 و2018.", "protest", ["2008", "2011", "2018"]),
        ("شهد لبنان احتجاجات واسعة في 2005، 2015 و2019.", "protest", ["2005", "2015", "2019"]),
        ("وأجرى العراق انتخابات برلمانية عامي 2005 و2010.", "election", ["2005", "2010"]),
        ("وشهدت الجزائر احتجاجات واسعة عام 1988 و2019.", "protest", ["1988", "2019"]),
        ("Iraq held parliamentary elections in the years 2005 and 2010.", "election", ["2005", "2010"]),
    ],
)
def test_a_deed_at_two_joined_times_is_one_event_per_time(text, event_type, dates):
    assert sorted(e["date"] for e in of_type(extract(text, PUB), event_type)) == dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The two sides met in Geneva in 2015 and 2016, officials said.", "2016"),
        ("Protests swept the country in 2011 and 2018, and again this year.", "2018"),
        ("شهدت البلاد احتجاجات في 2011 ومجددا في 2018.", "2011"),
        ("Skirmishes broke out in 1999, 2002 and 2009.", "2002"),
        ("Skirmishes broke out in 1999, 2002 and 2009.", "2009"),
        ("اندلعت اشتباكات في 1999 و2002 و2009.", "2009"),
    ],
)
def test_a_year_joined_to_a_year_is_a_time(text, value):
    assert value in [d.value for d in find_dates(text, PUB)]


@pytest.mark.parametrize(
    ("text", "value", "end"),
    [
        ("بين عامي 2011 و2014", "2011", "2014"),
        ("between the years 2011 and 2014", "2011", "2014"),
        ("from 2011 to 2014", "2011", "2014"),
        ("خلال الفترة 2011-2014", "2011", "2014"),
        ("خلال الفترة 2015 وحتى 2018", "2015", "2018"),
        ("2015 وحتى 2018", "2015", "2018"),
    ],
)
def test_two_years_after_between_or_from_stay_a_span(text, value, end):
    assert [(d.value, d.end_value) for d in find_dates(text, PUB)] == [(value, end)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials counted 300 deaths in 2016 and 2000 civilian deaths in 2017.", "2000"),
        ("قتل 300 شخص في 2016 و1990 شخصا في 2017.", "1990"),
        ("In 2016, 2000 soldiers were killed.", "2000"),
        ("In 2016, 2017 and 2000 soldiers were killed.", "2017"),
    ],
)
def test_a_number_joined_to_a_year_before_a_noun_is_no_time(text, value):
    assert value not in [d.value for d in find_dates(text, PUB)]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Iraq and Oman hosted several rounds of talks between Iran and Saudi Arabia in 2016 and 2017.", ["2016"]),
        ("Kuwait hosted multiple rounds of negotiations between Qatar and Bahrain in 2018 and 2019.", ["2018"]),
        ("واستضافت سلطنة عمان عدة جولات من المحادثات بين إيران والسعودية في 2016 و2017.", ["2016"]),
        ("واستضافت الكويت جولات من المفاوضات بين قطر والبحرين في 2018 و2019.", ["2018"]),
    ],
)
def test_rounds_told_at_two_joined_times_are_one_series(text, dates):
    assert sorted(e["date"] for e in of_type(extract(text, PUB), "meeting")) == dates
