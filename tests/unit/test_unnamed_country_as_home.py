"""The country itself named with no name of its own (البلاد) places an event at home.

- In a sentence naming no country, "البلاد" with no adjective after it (في البلاد، شرق البلاد،
  إلى البلاد) is the country the article is about, as the bare capital is: the event took place
  there.
- Followed by an adjective (البلاد العربية، البلاد الأفريقية), it names a region of many
  countries, and places nothing.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        (
            "قال وزير الدفاع النيجيري إن جيش نيجيريا يواصل عملياته. وقتل خمسة جنود أمس في هجوم مسلح شمال البلاد.",
            "attack",
            "NGA",
        ),
        (
            "قال المتحدث باسم الحكومة اللبنانية إن لبنان يواجه أزمة. ووصلت أمس إلى البلاد شحنة مساعدات طبية.",
            "aid",
            "LBN",
        ),
        (
            "وشهدت مدن سودانية عدة احتجاجات على غلاء الأسعار الأسبوع الماضي، وقال وزير الخارجية السوداني إن بلاده "
            "تتابع الوضع. وتسري في البلاد منذ أمس الأحد هدنة أعلنتها قيادة الجيش.",
            "ceasefire",
            "SDN",
        ),
        (
            "قال وزير الخارجية الكيني إن كينيا تدعم الاستقرار في المنطقة. ووقعت أمس اشتباكات عنيفة شرق البلاد.",
            "attack",
            "KEN",
        ),
    ],
)
def test_the_bare_country_is_the_articles_country(text, event_type, country):
    (event,) = of_type(extract(text, "2024-06-10"), event_type)
    assert event["countries"] == [country]
    assert event["date"] == "2024-06-09"


@pytest.mark.parametrize(
    "text",
    [
        "قال وزير الدفاع النيجيري إن جيش نيجيريا يواصل عملياته. وقتل خمسة جنود أمس في هجوم مسلح في عدد من البلاد الأفريقية.",
    ],
)
def test_the_country_with_an_adjective_places_nothing(text):
    assert of_type(extract(text, "2024-06-10"), "attack") == []
