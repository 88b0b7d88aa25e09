"""A war or a conflict told by a relative clause of its onset (the conflict in
Darfur, which erupted in 2003) is one event at that onset, as one told by its
own verb of beginning is (the war began in 2003, اندلعت الحرب الأهلية في
1989); a trade war is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-05-11"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The conflict in Darfur, which erupted in February 2003, has displaced millions.", "2003-02"),
        ("The civil war in Liberia, which broke out in December 1989, left thousands dead.", "1989-12"),
        ("The insurgency in Mozambique, which began in October 2017, has displaced thousands.", "2017-10"),
        ("اندلعت الحرب الأهلية في ليبيريا في ديسمبر 1989.", "1989-12"),
        ("نشب النزاع في دارفور في فبراير 2003.", "2003-02"),
    ],
)
def test_a_war_told_by_a_relative_onset_is_one_at_that_onset(text, date):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "attack")] == [date]


def test_a_trade_war_told_so_is_none():
    told = "The conflict in Darfur, which erupted in February 2003, has displaced millions."
    trade = "The trade war between China and the United States, which began in 2018, hurt exports."
    assert of_type(extract(told, PUBLISHED), "attack")
    assert of_type(extract(trade, PUBLISHED), "attack") == []


def test_an_arabic_trade_war_begun_is_none():
    told = "اندلعت الحرب الأهلية في ليبيريا في ديسمبر 1989."
    trade = "اندلعت الحرب التجارية بين الصين والولايات المتحدة في مارس 2018."
    assert of_type(extract(told, PUBLISHED), "attack")
    assert of_type(extract(trade, PUBLISHED), "attack") == []
