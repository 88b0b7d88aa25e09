"""A relative clause of place (Arabic "التي ... فيها", "التي شهدت"; English ", where") tells what
else happened at the place the sentence names: the sentence's own deed outranks it, and it is
kept beside that deed ("زار الرئيس التركي الاثنين المناطق التي نفذت فيها تركيا عملية درع
الفرات": the visit of Monday and the operation of August 2016)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

APRIL = "2018-04-03"


@pytest.mark.parametrize(
    "text",
    [
        "زار الرئيس التركي الاثنين المناطق التي نفذت فيها تركيا عملية درع الفرات.",
        "The Turkish president on Monday visited Jarablus, where Turkey launched Operation Euphrates Shield.",
    ],
)
def test_the_sentences_deed_and_the_setting_both_stand(text: str) -> None:
    found = extract(text, APRIL)
    assert [v["date"] for v in of_type(found, "visit")] == ["2018-04-02"], text
    assert "2016-08-24" in [a["date"] for a in of_type(found, "attack")], text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a relative clause of doers, not of place: the catalogued operation is the sentence's deed
        ("أشاد الرئيس التركي الاثنين بالجنود الذين نفذوا عملية درع الفرات.", "attack"),
        ("The Turkish president on Monday praised the soldiers who carried out Operation Euphrates Shield.", "attack"),
    ],
)
def test_a_relative_clause_of_doers_is_no_setting(text: str, event_type: str) -> None:
    assert of_type(extract(text, APRIL), event_type), text
