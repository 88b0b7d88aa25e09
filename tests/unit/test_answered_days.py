"""A deed told as a response ("responded by breaking diplomatic relations", «ورد مادورو بقطع
العلاقات») with no time of its own answered the deed told just before it, on that deed's day.
With a time of its own, or nothing dated to a day before it, it keeps its own. The deed "in
response to" (ردا على هجوم) is the one answered, not a response."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2019-01-24"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "CARACAS - Guaido swore himself in as interim president of Venezuela on Wednesday.\n\n"
            "Maduro responded by breaking diplomatic relations with the United States.",
            "2019-01-23",
        ),
        (
            "CARACAS - Guaido swore himself in as interim president of Venezuela on Wednesday. "
            "Venezuela retaliated by expelling the U.S. ambassador.",
            "2019-01-23",
        ),
        ("كراكاس - أدى غوايدو اليمين رئيسا لفنزويلا أمس. ورد مادورو بقطع العلاقات الدبلوماسية مع الولايات المتحدة.", "2019-01-23"),
        # a time of its own
        (
            "CARACAS - Guaido swore himself in as interim president of Venezuela on Wednesday. "
            "Maduro responded on Thursday by breaking diplomatic relations with the United States.",
            "2019-01-24",
        ),
        # nothing dated before it
        ("كراكاس - ورد مادورو بقطع العلاقات الدبلوماسية مع الولايات المتحدة.", "2019-01-24"),
    ],
)
def test_a_response_takes_the_day_of_what_it_answered(text: str, value: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "sanctions")] == [value]


def test_the_deed_responded_to_is_no_response() -> None:
    text = "دمشق - قصف الجيش السوري مواقع في إدلب أمس. وقصفت إسرائيل مطار دمشق ردا على هجوم صاروخي."
    assert "2019-01-23" in [e["date"] for e in of_type(extract(text, PUB), "attack")]
