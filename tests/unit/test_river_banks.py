"""The west bank of a river (الضفة الغربية لنهر دجلة، للنهر) is no West Bank of Palestine, among
the actors and the places, in Arabic as the English 'west bank of the Tigris' already is; the
West Bank named alone, or by its towns, still is Palestine."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "وشنت القوات العراقية يوم الاثنين هجوما على آخر جيوب التنظيم على الضفة الغربية لنهر دجلة في الموصل.",
        "وشنت القوات العراقية يوم الاثنين هجوما على مواقع التنظيم في الضفة الغربية من نهر الفرات.",
        "Iraqi forces on Monday attacked the last Islamic State pockets on the west bank of the Tigris in Mosul.",
    ],
)
def test_the_west_bank_of_a_river_is_no_palestine(text):
    (event,) = of_type(extract(text, "2017-07-11"), "attack")
    assert "PSE" not in event["countries"] and "IRQ" in event["countries"]
    assert (event["location"] or {}).get("country") in (None, "IRQ")


@pytest.mark.parametrize(
    "text",
    [
        "اقتحم الجيش الإسرائيلي يوم الاثنين مدينة جنين في الضفة الغربية.",
        "Israeli troops on Monday raided the city of Jenin in the West Bank.",
    ],
)
def test_the_west_bank_of_palestine_still_is(text):
    (event,) = of_type(extract(text, "2017-07-11"), "attack")
    assert "PSE" in event["countries"]
