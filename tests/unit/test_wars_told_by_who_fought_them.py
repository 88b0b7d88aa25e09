"""A war told by a relative clause of who fought or waged it ("الحرب التي خاضها حزب الله
وإسرائيل في تموز 2006", "the war that Hezbollah and Israel fought in July 2006") was fought, on
the clause's time; a trade war is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("ويسود هدوء حذر على الحدود بين لبنان وإسرائيل منذ الحرب التي خاضها حزب الله وإسرائيل في تموز 2006.", ["2006-07"]),
        ("Calm has held on the Lebanese border since the war that Hezbollah and Israel fought in July 2006.", ["2006-07"]),
        ("وانتهت الحرب التجارية التي شنتها واشنطن على الصين عام 2019.", []),
        ("The trade war that Washington waged on China in 2019 hurt exporters.", []),
    ],
)
def test_a_war_told_by_who_fought_it(text, dates):
    assert [e["date"] for e in of_type(extract(text, "2022-10-28"), "attack")] == dates
