"""An aside right after an event word that tells its deed going on up to now since a time (an
English relative in the present perfect, an Arabic participle of going on: "which has totalled
about $1 billion since 2006", "المستمر أمام منزله منذ يونيو 2016") dates the deed by that time,
when it began, though a date of the sentence's main verb stands nearer; without the comma the
relative describes the last noun, not the event word."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "The grant dwarfs US military assistance to Lebanon, which has totalled about $1 billion since 2006.",
            "2013-12-30",
            "aid",
            "2006",
        ),
        (
            "Thousands of protesters, who have blocked major roads across the country since Oct. 17, rallied in Beirut.",
            "2019-10-30",
            "protest",
            "2019-10-17",
        ),
        (
            "قتل خمسة أشخاص، أمس الثلاثاء، عندما اقتحمت قوات الأمن البحرينية بلدة الدراز لفض اعتصام أنصار الشيخ عيسى قاسم، "
            "المستمر أمام منزله منذ يونيو/حزيران 2016.",
            "2017-05-24",
            "protest",
            "2016-06",
        ),
        (
            "اقتحمت قوات الأمن الأردنية، أمس الثلاثاء، ساحة في عمان لفض اعتصام المعارضة، المتواصل أمام البرلمان منذ مارس 2016.",
            "2017-05-24",
            "protest",
            "2016-03",
        ),
    ],
)
def test_an_aside_of_a_deed_going_on_since_a_time_dates_it(text, published, event_type, date):
    found = of_type(extract(text, published), event_type)
    assert date in [e["date"] for e in found], found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # no comma: the relative tells of the last noun, not of the event word
        ("Militias launched an offensive on Sunday to drive out fighters from Zintan who have controlled the airport since 2011.", "2014-07-14", "attack", "2011"),
        # a count of time back is no time the deed began at
        ("قتل أكثر من تسعة آلاف شخص في الصراع، المستمر منذ ثلاث سنوات، أمس الثلاثاء.", "2018-03-21", "attack", "2015"),
    ],
)
def test_other_asides_do_not_date_the_event_word(text, published, event_type, date):
    found = of_type(extract(text, published), event_type)
    assert date not in [e["date"] for e in found], found
