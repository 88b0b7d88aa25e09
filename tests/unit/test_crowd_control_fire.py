"""Tear gas, stun grenades or water cannon fired at protesters are the protest dispersed, no
attack, as in Arabic; live rounds fired at them are. A word of death near a verb of firing is
still a killing: "fire" guards only the noun of a blaze, not "fired" or "firing"."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2019-05-10"


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese police fired tear gas at protesters in Khartoum on Thursday.",
        "Sudanese police fired stun grenades at demonstrators in Khartoum on Thursday.",
        "أطلقت الشرطة السودانية الغاز المسيل للدموع على المتظاهرين في الخرطوم الخميس.",
    ],
)
def test_crowd_control_is_the_protest(text: str) -> None:
    found = extract(text, PUBLISHED)
    assert of_type(found, "attack") == [] and len(of_type(found, "protest")) == 1, found


@pytest.mark.parametrize(
    "text",
    [
        "Sudanese police fired live ammunition at protesters in Khartoum on Thursday.",
        "Two Sudanese men were killed in Khartoum on Thursday when police fired tear gas.",
    ],
)
def test_live_fire_and_deaths_are_an_attack(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "attack")] == ["2019-05-09"]
