"""A measure decided with the day it takes effect from (اعتبارا من صباح الثلاثاء, starting Tuesday),
that day still to come, is the article's news: the day it takes effect dates no deed, and the
measure keeps the day of its decision (the catalog's, the text's or the publication's)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الإمارات تعليق جميع الرحلات من وإلى الدوحة اعتبارا من صباح الثلاثاء.",
        "قررت الإمارات تعليق جميع الرحلات إلى الدوحة ابتداءً من يوم الثلاثاء.",
        "The UAE suspended all flights to Qatar starting Tuesday.",
    ],
)
def test_the_day_a_measure_takes_effect_dates_no_deed(text):
    found = of_type(extract(text, "2017-06-05"), "sanctions")
    assert [e["date"] for e in found] == ["2017-06-05"], found


def test_a_weekday_of_the_deed_itself_stays():
    found = of_type(extract("Jordan expelled the Iranian ambassador on Tuesday.", "2017-06-05"), "sanctions")
    assert [e["date"] for e in found] == ["2017-05-30"], found
