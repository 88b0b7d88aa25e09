"""A treaty of friendship or cooperation suspended by a state downgrades its ties with the other
(a measure against it, no deal signed that day); a session of the joint committee or commission
of two states is a meeting of their delegations."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2024-03-15"  # a Friday


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("علقت الجزائر الثلاثاء معاهدة الصداقة مع إسبانيا.", [("sanctions", "2024-03-12")]),
        ("Algeria suspended its friendship treaty with Spain on Tuesday.", [("sanctions", "2024-03-12")]),
        ("Algeria suspended the treaty of friendship with Spain on Wednesday.", [("sanctions", "2024-03-13")]),
        # signing the treaty is a deal; suspending work under a constitution is no measure between states
        ("وقعت الجزائر وإسبانيا معاهدة الصداقة وحسن الجوار عام 2002.", [("agreement", "2002")]),
        ("علقت الحكومة الجزائرية العمل بالدستور الثلاثاء.", []),
    ],
)
def test_a_treaty_suspended_downgrades_ties(text, kinds):
    assert [(e["event_type"], e["date"]) for e in extract(text, PUBLISHED)] == kinds


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("انطلقت في الجزائر الخميس أعمال الدورة الثانية والعشرين للجنة المشتركة الجزائرية التونسية.", {"DZA", "TUN"}),
        ("انطلقت في الجزائر الخميس أعمال اللجنة المشتركة الجزائرية التونسية.", {"DZA", "TUN"}),
        ("The session of the joint Iraqi-Turkish commission opened in Ankara on Thursday.", {"IRQ", "TUR"}),
    ],
)
def test_a_session_of_a_joint_committee_is_a_meeting(text, countries):
    found = [e for e in extract(text, PUBLISHED) if e["event_type"] == "meeting"]
    assert [e["date"] for e in found] == ["2024-03-14"] and countries <= set(found[0]["countries"]), found


def test_a_session_planned_for_next_year_is_no_meeting():
    assert extract("وتقرر عقد الدورة المقبلة للجنة المشتركة الجزائرية التونسية في تونس العام المقبل.", PUBLISHED) == []
