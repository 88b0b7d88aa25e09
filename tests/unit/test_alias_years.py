"""A catalogued name that describes a deed, written with a year of another instance of it: not
the catalogued event (events/alias_years.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.alias_years import alias_year
from events.reference import load_catalog, match_references


def _year(text: str, alias: str) -> int | None:
    start = text.index(alias)
    return alias_year(text, start, start + len(alias), load_catalog()._alias_year_joiners)


@pytest.mark.parametrize(
    ("text", "alias", "year"),
    [
        ("The 2006 war between Israel and Hezbollah killed 1,200 Lebanese.", "war between Israel and Hezbollah", 2006),
        ("the war between Israel and Hezbollah that erupted in the summer of 2006 ended", "war between Israel and Hezbollah", 2006),
        ("the war in Lebanon in July 2006", "war in Lebanon", 2006),
        ("اندلعت الحرب بين إسرائيل وحزب الله في صيف 2006.", "الحرب بين إسرائيل وحزب الله", 2006),
        ("اندلعت الحرب بين إسرائيل وحزب الله في صيف ٢٠٠٦.", "الحرب بين إسرائيل وحزب الله", 2006),
        # a year past another word, a comparison or a clause break is of another deed
        ("The war between Israel and Hezbollah revived memories of 2006.", "war between Israel and Hezbollah", None),
        ("the war between Israel and Hezbollah is the deadliest since 2006", "war between Israel and Hezbollah", None),
        ("the war between Israel and Hezbollah, unlike the one in 2006, lasted a year", "war between Israel and Hezbollah", None),
        ("الحرب بين إسرائيل وحزب الله أعنف من حرب 2006", "الحرب بين إسرائيل وحزب الله", None),
        # a year before an Arabic name ends the phrase before it
        ("أبرزها اتفاق القاهرة الموقع عام 2011 واتفاق الشاطئ الموقع في غزة عام 2014", "واتفاق الشاطئ", None),
        ("the war between Israel and Hezbollah killed thousands", "war between Israel and Hezbollah", None),
        # a day of the month, its comma and "mid-" belong to the date
        ("The war between Israel and Hezbollah that erupted on July 12, 2006 destroyed bridges.", "war between Israel and Hezbollah", 2006),
        ("the war between Israel and Hezbollah in mid-2006", "war between Israel and Hezbollah", 2006),
        ("الحرب بين إسرائيل وحزب الله التي اندلعت في 12 تموز 2006", "الحرب بين إسرائيل وحزب الله", 2006),
    ],
)
def test_the_year_written_in_an_alias_s_own_phrase(text, alias, year):
    assert _year(text, alias) == year


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # the name of the 2023-2024 war, written for the one of 2006
        ("اندلعت الحرب بين إسرائيل وحزب الله في صيف 2006.", "2024-12-12", ["2006"]),
        ("The 2006 war between Israel and Hezbollah killed 1,200 Lebanese.", "2024-12-12", ["2006"]),
        # a year of the entry's own span, or none: the catalogued war
        ("The war between Israel and Hezbollah in 2024 displaced a million people.", "2024-12-12", ["2023-10-08"]),
        ("The war between Israel and Hezbollah revived memories of 2006.", "2024-12-12", ["2023-10-08"]),
    ],
)
def test_a_described_deed_of_another_year_is_not_the_catalogued_one(text, published, dates):
    assert [e["date"] for e in of_type(extract(text, published), "attack")] == dates


def test_an_alias_written_with_diacritics_is_read_at_its_own_offsets():
    sentence = "وقالَ إنّ الحرب بين إسرائيل وحزب الله في صيف 2006 دمرت الجسور."
    found = match_references(load_catalog(), "attack", (), sentence, "2024-10-01", "ar")
    assert [e.id for e in found] == []
