"""A person an English article first names after a word of office ("opposition leader Lien
Chan") is an official wherever it names them again by a word of that name alone: a trip of
theirs is an official's visit."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.titled_names import titled_names

_LEAD = "BEIJING, April 30 (AFP) - Chinese President Hu Jintao and Taiwan's opposition leader Lien Chan shook hands on Friday. "


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (_LEAD + "Lien, whose eight-day trip is the highest-level by a Taiwanese since 1949, arrived in Nanjing on Tuesday.", "2005-04-26"),
        (_LEAD + "Lien flew to Nanjing, the former Nationalist capital, on Tuesday.", "2005-04-26"),
    ],
)
def test_a_titled_person_named_again_travels_as_an_official(text: str, date: str) -> None:
    found = of_type(extract(text, "2005-04-30"), "visit")
    assert [e["date"] for e in found] == [date], found


def test_an_untitled_traveller_makes_no_visit() -> None:
    text = "BEIJING, April 30 (AFP) - Taiwanese tourist Wang Lin arrived in Nanjing on Tuesday with his family."
    assert not of_type(extract(text, "2005-04-30"), "visit")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Taiwan's opposition leader Lien Chan met President Hu Jintao.", {"Lien", "Chan", "Hu", "Jintao"}),
        ("Secretary of State Condoleezza Rice arrived.", set()),  # "of State" opens no name
        ("The envoy Terje Roed-Larsen said.", {"Terje", "Roed-Larsen"}),
        ("وصل الرئيس عبد الفتاح السيسي.", set()),
    ],
)
def test_titled_names(text: str, names: set[str]) -> None:
    assert set(titled_names(text)) == names
