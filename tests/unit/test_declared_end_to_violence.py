"""Sides that declare an end to violence ("Sharon and Abbas declared an end to violence at a
summit in Egypt on Tuesday", «وأعلن شارون وعباس في قمة شرم الشيخ أمس وقف أعمال العنف») agree a
truce, a ceasefire of that day; a call for an end to violence, one expected, or one told as a
condition or a time to come («لن تقبل أي وساطة قبل وقف أعمال العنف», "until there was an end to
violence") is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2005-02-09"


@pytest.mark.parametrize(
    "text",
    [
        "Israeli Prime Minister Ariel Sharon and Palestinian President Mahmoud Abbas declared an end to violence at a summit in Egypt on Tuesday.",
        "وأعلن شارون وعباس في قمة شرم الشيخ أمس وقف أعمال العنف بين الجانبين.",
    ],
)
def test_an_end_to_violence_declared_is_a_ceasefire(text):
    assert [e["date"] for e in of_type(extract(text, PUB), "ceasefire")] == ["2005-02-08"]


@pytest.mark.parametrize(
    "text",
    [
        "The UN called for an end to violence in Gaza on Tuesday.",
        "Abbas and Sharon are expected to declare an end to violence at the summit.",
        "ودعت الأمم المتحدة أمس إلى وقف أعمال العنف في غزة.",
        # an end to violence told as a condition or a time to come
        "أعلنت الحكومة الإثيوبية أمس أنها لن تقبل أي وساطة قبل وقف أعمال العنف في تيغراي.",
        "Netanyahu declared on Tuesday that Israel would fight on until there was an end to violence.",
    ],
)
def test_an_end_to_violence_called_for_is_none(text):
    assert of_type(extract(text, PUB), "ceasefire") == []
