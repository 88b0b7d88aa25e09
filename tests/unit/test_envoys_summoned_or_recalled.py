"""A state that summons another state's envoy (summoned the Iranian ambassador, the ambassador was
summoned, استدعت الخارجية السفير الإيراني، استدعاء سفراء إسرائيل لديها) makes him hear a protest:
words, no sanction. A state that calls its own envoy home (recalled its ambassador, summoned its
ambassador home, استدعت سفيرها لدى كندا، استدعت السفير للتشاور، استدعاء القائم بالأعمال العراقي من
أنقرة) or expels another's still imposes
a diplomatic sanction (`sanctions` lexicon, data/triggers.json)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The Bahraini foreign ministry summoned the Iranian ambassador on Sunday over remarks by Iranian officials.",
        "Britain summoned the Russian ambassador on Monday after the poisoning of a former spy.",
        "The Iranian charge d'affaires was summoned to the Bahraini foreign ministry on Sunday.",
        "استدعت وزارة الخارجية البحرينية السفير الإيراني يوم الأحد احتجاجا على تصريحات المسؤولين الإيرانيين.",
        "استدعت الخارجية المصرية القائم بالأعمال التركي في القاهرة يوم الاثنين.",
        "وعمدت دول عربية عدة إلى استدعاء سفراء إسرائيل لديها يوم الثلاثاء تعبيرا عن احتجاجها على قصف غزة.",
        # من أجل: summoned in order to hear a protest, not called back from a capital
        "استدعت الخارجية العراقية السفير التركي يوم الاثنين من أجل إبلاغه احتجاجها.",
    ],
)
def test_a_foreign_envoy_summoned_is_no_sanction(text):
    found = extract(text, "2018-06-25")
    assert of_type(found, "sanctions") == [] and of_type(found, "protest") == [], found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Saudi Arabia recalled its ambassador from Canada on Monday.", "2018-06-25"),
        ("Jordan summoned its ambassador home from Israel on Monday.", "2018-06-25"),
        ("Bahrain expelled the Iranian charge d'affaires on Sunday.", "2018-06-24"),
        ("استدعت السعودية سفيرها لدى كندا يوم الاثنين.", "2018-06-25"),
        ("استدعت الكويت السفير الكويتي في طهران للتشاور يوم الاثنين.", "2018-06-25"),
        ("أعلنت تركيا يوم الاثنين استدعاء سفيريها في تل أبيب وواشنطن.", "2018-06-25"),
        ("طردت البحرين القائم بالأعمال الإيراني يوم الأحد.", "2018-06-24"),
        # called back from the capital he serves in
        ("قرر المجلس الوزاري للأمن الوطني العراقي يوم الاثنين استدعاء القائم بالأعمال العراقي من أنقرة.", "2018-06-25"),
        ("واستدعت العراق السفير العراقي من أنقرة يوم الاثنين.", "2018-06-25"),
    ],
)
def test_an_own_envoy_recalled_or_a_foreign_one_expelled_is_a_sanction(text, date):
    assert [e["date"] for e in of_type(extract(text, "2018-06-25"), "sanctions")] == [date]
