"""A position, a crossing or a town handed to an army that takes it over is a deployment of
that army there («تسلم الجيش السوري المعبر»، «المدينة التي تسلمها الجيش»); a shipment, a batch
of aircraft or a body received by an army is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2024-01-10"


@pytest.mark.parametrize(
    ("text", "date", "country"),
    [
        ("وتسلم الجيش السوري الاثنين معبر الزيارة جنوب عفرين.", "2024-01-08", "SYR"),
        ("وانسحبت الفصائل من المدينة التي تسلمها الجيش اللبناني أمس.", "2024-01-09", "LBN"),
        ("وتسلمت قوات الأمن العراقية المعبر الحدودي مع سوريا الأحد.", "2024-01-07", "IRQ"),
    ],
)
def test_a_position_taken_over_is_a_deployment(text, date, country):
    found = of_type(extract(text, PUB), "deployment")
    assert [e["date"] for e in found] == [date]
    assert country in found[0]["countries"]


@pytest.mark.parametrize(
    "text",
    [
        "وتسلم الجيش المصري الاثنين شحنة أسلحة من فرنسا.",
        "وتسلمت القوات المسلحة دفعة جديدة من الطائرات الأحد في المطار.",
    ],
)
def test_a_shipment_received_is_no_deployment(text):
    assert of_type(extract(text, PUB), "deployment") == []
