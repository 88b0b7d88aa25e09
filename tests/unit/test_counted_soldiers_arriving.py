"""Soldiers, officers or fighters counted as they arrived, in the singular after a hundred or a
thousand and the accusative singular after eleven to ninety-nine (وصل 300 جندي تركي إلى قطر، وصل
40 ضابطا مصريا إلى الخرطوم، وصل عسكريون روس إلى فنزويلا), are forces arrived, a deployment, as
troops arriving are ("300 Turkish soldiers arrived in Qatar"). Not bodies, a count of the dead,
prisoners, nor an official arriving with officers beside him."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-03-12"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("ووصل 300 جندي تركي إلى قطر يوم الاثنين.", "QAT"),
        ("ووصل 40 ضابطا مصريا إلى الخرطوم يوم الاثنين.", "SDN"),
        ("ووصل عسكريون روس إلى فنزويلا يوم الاثنين.", "VEN"),
        ("Some 300 Turkish soldiers arrived in Qatar on Monday.", "QAT"),
    ],
)
def test_counted_soldiers_arriving_are_deployed(text: str, country: str) -> None:
    found = [e for e in of_type(extract(text, PUBLISHED), "deployment") if e["date"] == "2020-03-09"]
    assert len(found) == 1 and country in found[0]["countries"], found


@pytest.mark.parametrize(
    "text",
    [
        "ووصلت جثامين 12 جنديا سودانيا إلى الخرطوم يوم الاثنين.",
        "ووصل عدد الجنود القتلى في اليمن إلى 30 جنديا يوم الاثنين.",
        "ووصل وزير الدفاع المصري إلى الخرطوم يرافقه عدد من الضباط يوم الاثنين.",
        "ووصل 200 أسير عسكري سوداني إلى الخرطوم يوم الاثنين.",
        "The bodies of 12 Sudanese soldiers arrived in Khartoum on Monday.",
    ],
)
def test_no_forces_arrived(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "deployment") == []
