"""SCHEMA.md's `arrest` is of a named (or titled) person: an arrest of people told only by a
count word or a group noun ("several of the demonstrators", "arrested dozens", "اعتقلت
العشرات", "عددا من أنصار الحزب", "أربعة شبان", "three foreign nationals were detained") is
no event, while a named person among them keeps it."""

from __future__ import annotations

import pytest

from tests.unit.test_extraction_support import extract, of_type

PUBLISHED = "2021-03-10"


@pytest.mark.parametrize(
    "text",
    [
        # a count word with "of the" before its noun
        "Riot police rounded up several of the demonstrators in Homs on Monday.",
        "Police detained some of the protesters outside parliament in Amman on Monday.",
        # a bare count standing as the object
        "Police arrested dozens, most of them later released, in Beirut on Monday.",
        "Security forces detained hundreds in Khartoum on Monday.",
        # a group noun of ordinary people
        "Three Nigerian nationals were detained in Tunis on Monday over the stabbing.",
        "Israeli soldiers arrested five villagers near Nablus on Monday.",
        "اعتقلت القوات الإسرائيلية فجر اليوم أربعة شبان في قرية قرب جنين.",
        "اعتقلت الشرطة العشرات في القاهرة يوم الاثنين.",
        "اعتقلت قوات الأمن المئات، وفق منظمات حقوقية، في الخرطوم يوم الاثنين.",
        "اعتقلت الشرطة عددا من أنصار الحزب في الخرطوم يوم الاثنين.",
        "أوقفت الشرطة بعض المحتجين في عمان يوم الاثنين.",
    ],
)
def test_an_arrest_told_by_a_count_or_a_group_is_no_event(text):
    assert not of_type(extract(text, PUBLISHED), "arrest"), text


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested dozens, including the activist Ali Hassan, in Beirut on Monday.",
        "Police arrested the former minister Ali Hassan and dozens of his supporters in Beirut on Monday.",
        "اعتقلت الشرطة العشرات، بينهم الناشط علي حسن، في القاهرة يوم الاثنين.",
        "اعتقلت الشرطة الوزير السابق علي حسن وعددا من أنصاره في الخرطوم يوم الاثنين.",
    ],
)
def test_a_named_person_among_the_count_keeps_the_arrest(text):
    assert of_type(extract(text, PUBLISHED), "arrest"), text
