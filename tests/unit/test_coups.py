"""Coups: a coup or a seizure of power told with its doer as the subject of a verb
(«قاد الجيش انقلابا», «استولى الجيش على السلطة», "the army staged a coup") is a change of
office holder, typed 'appointment' like an ouster; its country comes from the place named. An
attempt, a plot or a failed coup is not a seizure of power, and a seizure of a town stays what
it was."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _appointments(text: str, published: str) -> list[tuple[str | None, list[str]]]:
    return [(e["date"], sorted(e["countries"])) for e in of_type(extract(text, published), "appointment")]


@pytest.mark.parametrize(
    ("text", "date", "countries"),
    [
        ("قاد الجيش انقلابا في غينيا عام 2008.", "2008", ["GIN"]),
        ("نفذ الجيش انقلابا في غينيا عام 2008.", "2008", ["GIN"]),
        ("استولى الجيش على السلطة في غينيا عام 2008.", "2008", ["GIN"]),
        ("واستولى العسكريون على الحكم في السودان عام 1989.", "1989", ["SDN"]),
        ("The army staged a coup in Guinea in 2008.", "2008", ["GIN"]),
        ("Officers led a military coup in Guinea in 2008.", "2008", ["GIN"]),
        ("The army seized power in Guinea in 2008.", "2008", ["GIN"]),
        ("The military ousted the president in Guinea in 2008.", "2008", ["GIN"]),
    ],
)
def test_coup_by_the_army_is_an_appointment_in_the_place_named(text, date, countries):
    assert _appointments(text, "2020-11-10") == [(date, countries)]


@pytest.mark.parametrize(
    "text",
    [
        "حاول الجيش الاستيلاء على السلطة في غينيا عام 2008.",
        "قاد الضباط محاولة انقلاب فاشلة في غينيا عام 2008.",
        "The army tried to seize power in Guinea in 2008.",
        "Officers plotted to stage a coup in Guinea in 2008.",
        "The officers who led a failed coup in Guinea in 2008 were jailed.",
        "The army threatened to stage a coup in Guinea in 2008.",
        "اتهمت المعارضة الجيش بأنه يريد أن يستولي على السلطة في غينيا.",
    ],
)
def test_attempted_or_failed_coup_is_no_appointment(text):
    assert _appointments(text, "2020-11-10") == []


@pytest.mark.parametrize(
    "text",
    [
        "استولى المسلحون على مدينة حلب في سوريا عام 2012.",
        "Rebels seized the town of Aleppo in Syria in 2012.",
    ],
)
def test_seizure_of_a_town_is_no_appointment(text):
    assert _appointments(text, "2020-11-10") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The earthquake struck on Monday, toppling thousands of buildings across southern Turkey.", []),
        ("The storm toppled trees and power lines across Manila on Monday.", []),
        ("Protesters toppled a statue of the former president in Baghdad on Monday.", []),
        ("أطاح الزلزال بآلاف المباني في جنوب تركيا الاثنين.", []),
        # a government or a ruler toppled is removed from office
        ("The army toppled the elected government of Niger on Monday.", [("2024-03-04", ["NER"])]),
        ("Sudan's army toppled Omar al-Bashir on April 11, 2019.", [("2019-04-11", ["SDN"])]),
        ("أطاح الجيش السوداني بالرئيس عمر البشير في أبريل 2019.", [("2019-04", ["SDN"])]),
    ],
)
def test_toppled_buildings_are_no_change_of_office(text, expected):
    assert _appointments(text, "2024-03-10") == expected
