"""A ship or tanker seized or detained at sea is an attack (CAMEO 181, hijack), in Arabic and English."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("احتجزت إيران ناقلة نفط بريطانية في الخليج.", "2018-07-20", "2018-07-20"),
        ("أعلن الحرس الثوري الإيراني، الجمعة، احتجاز ناقلة نفط بريطانية.", "2018-07-21", "2018-07-20"),
        ("استولى الحرس الثوري على سفينة إماراتية قبالة سواحل الحديدة.", "2018-07-20", "2018-07-20"),
        ("Iran seized a British oil tanker in the Gulf on Friday.", "2018-07-21", "2018-07-20"),
        ("British Royal Marines detained an Iranian tanker off Gibraltar on July 4.", "2018-07-20", "2018-07-04"),
    ],
)
def test_a_seized_ship_is_an_attack(text, published, date):
    found = of_type(extract(text, published), "attack")
    assert found and found[0]["date"] == date and found[0]["cameo"] == "181", extract(text, published)
    assert "IRN" in found[0]["countries"], found


@pytest.mark.parametrize(
    "text",
    [
        "ضبطت قوات خفر السواحل سفينة محملة بالمخدرات واحتجزت السفينة.",
        "Customs officers seized cocaine aboard a cargo ship in Rotterdam.",
        "احتجزت الشرطة صاحب السفينة في الميناء.",
    ],
)
def test_a_seizure_of_smuggled_goods_is_no_attack(text):
    assert not of_type(extract(text, "2018-07-20"), "attack")
