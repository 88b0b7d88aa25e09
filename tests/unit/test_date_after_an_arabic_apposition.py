"""A date right after the closing comma of an Arabic noun phrase set off by commas after the
deed's object («اعتقلت النمر، أحد أبرز وجوه الاحتجاجات التي اندلعت عام 2011، في يوليو 2012»)
is the deed's, as in English after ", a leading figure of the protests,"."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "وكانت السلطات السعودية قد اعتقلت النمر، أحد أبرز وجوه احتجاجات المنطقة الشرقية التي اندلعت "
            "عام 2011، في يوليو/تموز 2012 بعد مطاردة.",
            ["2012-07"],
        ),
        (
            "Saudi authorities arrested Nimr, a leading figure of the protests that erupted in 2011, "
            "in July 2012 after a chase.",
            ["2012-07"],
        ),
    ],
)
def test_the_time_past_the_phrase(text, dates):
    assert [e["date"] for e in of_type(extract(text, "2016-01-04"), "arrest")] == dates
