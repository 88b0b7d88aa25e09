"""«المجلس الأعلى للدولة» (the High Council of State) names a body of Libya, of Mauritania (the
junta of 2008-2009) and of Algeria (1992-1994): the bare name is read as the body of the country its
sentence names nearest it, else of the country the article names most; with its country written
after it, it is always that country's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "country"),
    [
        (
            "نواكشوط - فاز ولد عبد العزيز بالانتخابات الرئاسية في موريتانيا. "
            "وفي أبريل الماضي استقال ولد عبد العزيز من رئاسة المجلس الأعلى للدولة ليتمكن من الترشح.",
            "2009-07-20",
            "appointment",
            "MRT",
        ),
        ("وفي يناير 1992 تولى المجلس الأعلى للدولة السلطة في الجزائر بعد استقالة الشاذلي بن جديد.", "2000-01-01", "appointment", "DZA"),
        ("وصوت المجلس الأعلى للدولة الليبي أمس على تعيين محافظ جديد للمصرف المركزي.", "2021-05-01", "appointment", "LBY"),
    ],
)
def test_the_council_is_of_the_country_told(text: str, published: str, event_type: str, country: str) -> None:
    found = of_type(extract(text, published), event_type)
    assert found and all(e["countries"] == [country] for e in found), found
