"""Soldiers or commandos who seized a place took it (CAMEO 192), and those who seized a
person detained him (an arrest), as troops and forces do; soldiers seizing weapons took no
ground; gunmen who seized a person abducted him."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("Soldiers seized Honduran President Manuel Zelaya at dawn on Sunday.", "arrest", "HND"),
        ("Malian soldiers seized the town of Kidal on Sunday.", "attack", "MLI"),
        ("واستولى جنود ماليون على بلدة كيدال يوم الأحد.", "attack", "MLI"),
    ],
)
def test_what_soldiers_seized(text: str, event_type: str, country: str) -> None:
    found = extract(text, "2009-06-29")
    assert [(ev["event_type"], ev["date"]) for ev in found] == [(event_type, "2009-06-28")], found
    assert country in found[0]["countries"]


@pytest.mark.parametrize(
    "text",
    [
        "Malian soldiers seized weapons from a depot in Bamako on Sunday.",
        "Iraqi soldiers seized the opportunity on Sunday to regroup.",
    ],
)
def test_soldiers_seizing_no_ground(text: str) -> None:
    assert of_type(extract(text, "2009-06-29"), "attack") == []


def test_gunmen_who_seized_a_person_abducted_him() -> None:
    found = extract("Gunmen seized a Turkish businessman in Tripoli on Sunday and demanded a ransom.", "2009-06-29")
    assert [ev["event_type"] for ev in found] == ["attack"], found
