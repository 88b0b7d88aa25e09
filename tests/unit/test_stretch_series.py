"""Deeds told over a stretch of recent weeks or months ("stepped up its strikes in recent
months", "كثفت غاراتها في الأشهر الأخيرة") are a series, not the one deed another sentence
dates to a day: both are events of the article, not one told twice."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت الطائرات العراقية قافلة للمسلحين يوم الأربعاء قرب الحدود السورية. "
        "وكثف الجيش العراقي في الأشهر الأخيرة غاراته على مواقع المسلحين في شمال العراق.",
        "وكثف الجيش العراقي خلال الأسابيع الماضية غاراته على مواقع المسلحين في شمال العراق. "
        "واستهدفت الطائرات العراقية قافلة للمسلحين يوم الأربعاء قرب الحدود السورية.",
        "Iraqi jets bombed a militant convoy near the border on Wednesday. "
        "The Iraqi air force has stepped up its air strikes on militant positions in the north in recent months.",
    ],
)
def test_a_stretch_of_deeds_is_not_the_days_deed(text):
    dates = sorted(e["date"] for e in of_type(extract(text, "2018-08-17"), "attack"))
    assert "2018-08-15" in dates and len(dates) == 2
