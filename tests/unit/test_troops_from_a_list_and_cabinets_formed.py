"""Troops from a list of countries that arrived or began arriving ("troops from Russia, Belarus,
Armenia, Tajikistan and Kyrgyzstan began arriving on Thursday", «وبدأت قوات من روسيا وبيلاروسيا
... بالوصول») are deployed: the names between stretch the gap of the shorter reading. A cabinet
formed "only" or "finally" in a month is formed then, as one formed in it is («وتشكلت الحكومة في
يناير»). Bodies of soldiers flown home, and soldiers going home, are no deployment."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2022-01-08"


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "Troops from Russia, Belarus, Armenia, Tajikistan and Kyrgyzstan began arriving in Kazakhstan on Thursday.",
            "deployment",
            "2022-01-06",
        ),
        ("وبدأت قوات من روسيا وبيلاروسيا وأرمينيا وطاجيكستان بالوصول إلى كازاخستان الخميس.", "deployment", "2022-01-06"),
        (
            "Lebanon's national unity cabinet, which includes Hezbollah, was formed only in January after nine months of wrangling.",
            "appointment",
            "2022-01",
        ),
        ("وتشكلت حكومة الوحدة الوطنية اللبنانية، التي تضم حزب الله، في يناير بعد تسعة أشهر من المشاورات.", "appointment", "2022-01"),
    ],
)
def test_troops_from_a_list_and_a_cabinet_formed(text, event_type, date):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), event_type)] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "The bodies of soldiers from Russia and Belarus arrived in Moscow on Thursday.",
        "وبدأ جنود روس بالوصول إلى منازلهم بعد انتهاء خدمتهم العسكرية.",
    ],
)
def test_bodies_or_soldiers_going_home_are_no_deployment(text):
    assert of_type(extract(text, PUBLISHED), "deployment") == []
