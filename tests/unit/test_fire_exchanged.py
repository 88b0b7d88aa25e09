"""Sides that exchanged or traded fire with a word or two of its kind or rate between
(exchanged heavy fire, exchanged almost daily fire) clashed, as those that exchanged fire did
and as تبادل الطرفان إطلاق النار tells in Arabic with the sides between; blame or views
exchanged are no clash."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-07-31"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Israel and Hezbollah exchanged heavy fire across the Lebanese border on Tuesday.", "2024-07-30"),
        ("Hezbollah and Israel have exchanged almost daily fire across the border since 8 October.", "2023-10-08"),
        ("Israeli troops and Palestinian gunmen traded sporadic gunfire in Jenin on Tuesday.", "2024-07-30"),
        ("وتبادل الجيش الإسرائيلي وحزب الله إطلاق النار عبر الحدود اللبنانية يوم الثلاثاء.", "2024-07-30"),
    ],
)
def test_fire_exchanged_is_a_clash(text, date):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "attack")] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Lebanese and Israeli officials exchanged views on the border on Tuesday.",
        "وتبادل المسؤولون اللبنانيون والإسرائيليون وجهات النظر بشأن الحدود يوم الثلاثاء.",
        "Lebanon and Israel exchanged prisoners at the Naqoura crossing on Tuesday.",
    ],
)
def test_other_things_exchanged_are_no_clash(text):
    assert of_type(extract(text, PUBLISHED), "attack") == []
