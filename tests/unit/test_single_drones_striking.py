"""One drone or one warplane that hit or struck a place ("A Russian drone hit an apartment block in
Odesa", "An Israeli warplane struck a house in Rafah") is an attack, as drones and warplanes are,
and as «أصابت طائرة مسيرة» is in Arabic; a plane that hit turbulence or a bird is none
(data/triggers.json, the attack row of craft that hit or struck)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2023-05-10"  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "KYIV (Reuters) - A Russian drone hit an apartment block in Odesa on Tuesday.",
        "GAZA (Reuters) - An Israeli warplane struck a house in Rafah on Tuesday.",
        "كييف - أصابت طائرة مسيرة روسية مبنى سكنيا في أوديسا يوم الثلاثاء.",
    ],
)
def test_one_craft_striking_is_an_attack(text):
    assert [a["date"] for a in of_type(extract(text, PUBLISHED), "attack")] == ["2023-05-09"]


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW (Reuters) - A Russian drone hit record sales at the arms fair in Moscow on Tuesday.",
        "ANKARA (Reuters) - A Turkish warplane hit a bird and crashed near Konya on Tuesday.",
        "أنقرة - اصطدمت طائرة حربية تركية بطائر وتحطمت قرب قونية يوم الثلاثاء.",
    ],
)
def test_a_craft_in_an_accident_is_no_attack(text):
    assert not of_type(extract(text, PUBLISHED), "attack")
