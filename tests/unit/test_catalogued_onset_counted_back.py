"""A catalogued deed whose onset the text counts back in years ("بداية تدخل التحالف العربي في
اليمن ... منذ ثلاث سنوات") is dated to the year the count gives when the catalog agrees with it:
the text supports that year, not the catalog's day. A count that disagrees with the catalog
leaves the catalog's date."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        (
            "الوجود الإماراتي في الجزيرة يعود لبداية تدخل التحالف العربي في اليمن ضد جماعة الحوثي منذ ثلاث سنوات.",
            "2018-05-08",
            "attack",
            ["2015"],
        ),
        (
            "الوجود الإماراتي في الجزيرة يعود لبداية تدخل التحالف العربي في اليمن ضد جماعة الحوثي منذ عامين.",
            "2018-05-08",
            "attack",
            ["2015-03-26"],
        ),
        (
            "تعود القاعدة الروسية في حميميم إلى بداية التدخل العسكري الروسي في سوريا منذ أربع سنوات.",
            "2019-10-08",
            "deployment",
            ["2015"],
        ),
    ],
)
def test_years_counted_back_to_a_catalogued_onset(text, published, event_type, dates):
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == dates
