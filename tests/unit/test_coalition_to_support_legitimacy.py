"""The English names of the Saudi-led coalition hold the wordings of its Arabic ones: 'the
Coalition to Support Legitimacy in Yemen' is the coalition, with its members' countries, as
«تحالف دعم الشرعية في اليمن» is; legitimacy named with no coalition is none (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The Coalition to Support Legitimacy in Yemen launched a military and humanitarian operation to liberate "
        "the port of Hodeidah in western Yemen.",
        "أطلق تحالف دعم الشرعية في اليمن عملية عسكرية وإنسانية لتحرير ميناء الحديدة غرب اليمن.",
        "The Arab Coalition to Support Legitimacy launched air strikes on Houthi positions in Saada on Monday.",
        "شن التحالف العربي لدعم الشرعية غارات جوية على مواقع الحوثيين في صعدة يوم الاثنين.",
    ],
)
def test_the_coalition_by_its_name_brings_its_members(text: str) -> None:
    found = of_type(extract(text, "2018-06-14"), "attack")
    assert found and found[0]["actor1"] == "saudi_led_coalition" and "SAU" in found[0]["countries"], found


def test_legitimacy_with_no_coalition_names_none() -> None:
    found = of_type(
        extract("Yemeni forces loyal to the legitimate government attacked Houthi positions in Saada on Monday.", "2018-06-14"),
        "attack",
    )
    assert found and all(e["actor1"] != "saudi_led_coalition" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Coalition to Support Legitimacy in Yemen will work closely with relief agencies to ensure that the needs "
        "of the civilian population are met.",
        "وسيعمل تحالف دعم الشرعية في اليمن بشكل وثيق مع وكالات الإغاثة لضمان تلبية احتياجات السكان المدنيين.",
    ],
)
def test_needs_that_are_met_are_no_meeting(text: str) -> None:
    found = of_type(extract(text, "2018-06-14"), "meeting")
    assert not found, found


def test_a_meeting_in_the_active_is_still_one() -> None:
    found = of_type(extract("The coalition commander met Yemen's president in Aden on Monday.", "2018-06-14"), "meeting")
    assert "2018-06-11" in [e["date"] for e in found], found
