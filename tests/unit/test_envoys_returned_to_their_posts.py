"""A state that returned its ambassador or envoy to a capital, and ambassadors who returned to
their posts, restore ties (أعادت الكويت سفيرها، عاد السفيران إلى مقري عملهما); an envoy recalled
or called home for consultations does not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("Kuwait also returned its envoy to Tehran last month.", "2024-03-12", "2024-02"),
        (
            "Their ambassadors returned to their posts on January 26, and Iran's foreign minister visited Islamabad three days later.",
            "2024-03-12",
            "2024-01-26",
        ),
        ("وأعادت الكويت سفيرها إلى طهران الشهر الماضي.", "2024-03-12", "2024-02"),
        (
            "وعاد سفيرا إيران وباكستان إلى مقري عملهما في 26 يناير، وزار وزير الخارجية الإيراني إسلام آباد بعد ثلاثة أيام.",
            "2024-03-12",
            "2024-01-26",
        ),
    ],
)
def test_an_envoy_sent_back_restores_ties(text, published, date):
    assert [e["date"] for e in of_type(extract(text, published), "relations")] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait recalled its envoy to Tehran for consultations last month.",
        "The ambassador returned home for consultations last month.",
        "واستدعت الكويت سفيرها في طهران للتشاور الشهر الماضي.",
    ],
)
def test_an_envoy_called_home_restores_nothing(text):
    assert of_type(extract(text, "2024-03-12"), "relations") == []
