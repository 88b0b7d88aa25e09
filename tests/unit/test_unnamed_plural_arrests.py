"""An arrest of people told by a bare plural ("police arrested protesters in Cairo",
«اعتقلت الشرطة المتظاهرين في القاهرة») names no one: no event, as a count of them is none
(SCHEMA.md: an arrest is of a named person). A named person, or persons of public life, still make one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

NO_EVENT = [
    "Egyptian police arrested protesters in Cairo yesterday.",
    "Egyptian police detained demonstrators on Tuesday.",
    "اعتقلت الشرطة المصرية المتظاهرين في القاهرة أمس.",
    "واعتقلت قوات الأمن العراقية المحتجين في البصرة الثلاثاء.",
]

AN_EVENT = [
    "Egyptian police arrested the activist Alaa Abd el-Fattah yesterday.",
    "اعتقلت الشرطة المصرية الناشط علاء عبد الفتاح أمس.",
    "Egyptian police arrested protesters, including Alaa Abd el-Fattah, yesterday.",
    "Libyan police arrested people smugglers' boss Ahmed Dabbashi in Zawiya on Monday.",
    "Egyptian police arrested activists in Cairo yesterday.",
    "Hassan al-Rubaie, an Iraqi lawmaker, is a critic of the militias: he was abducted by their fighters in Baghdad in March 2016.",
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_an_arrest_of_a_bare_plural_is_no_event(text: str) -> None:
    assert of_type(extract(text, "2018-08-15"), "arrest") == []


@pytest.mark.parametrize("text", AN_EVENT)
def test_an_arrest_that_names_someone_stands(text: str) -> None:
    assert len(of_type(extract(text, "2018-08-15"), "arrest")) == 1
