"""A government named by its premier, then قد and the verb of its forming («وكانت حكومة دياب قد
تشكلت في يناير الماضي») was formed then; a committee the government formed is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    "text",
    [
        "وكانت حكومة دياب اللبنانية قد تشكلت في يناير/كانون الثاني الماضي.",
        "وكانت حكومة حسان دياب اللبنانية قد تألفت في يناير الماضي.",
        "وكانت حكومة دياب قد تشكلت في يناير الماضي، بعد أن كلفه الرئيس اللبناني.",
    ],
)
def test_the_government_was_formed(text: str) -> None:
    found = [(e["event_type"], e["date"]) for e in extract(text, "2020-08-11")]
    assert ("appointment", "2020-01") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "وكانت حكومة دياب قد شكلت لجنة تحقيق لبنانية في يناير الماضي.",
        "وكانت الحكومة اللبنانية قد تشكلت منها لجنة في يناير الماضي.",
        "وقالت حكومة بغداد إن قوة قد تشكلت لملاحقة المهربين.",
    ],
)
def test_a_committee_is_no_government_formed(text: str) -> None:
    found = [e["event_type"] for e in extract(text, "2020-08-11")]
    assert "appointment" not in found, found
