"""A naval coalition, mission or task force named as the subject of a verb of starting its work
("a US-led maritime coalition launched operations from Bahrain", "began escorting tankers",
«باشرت المهمة البحرية الأوروبية دورياتها») is a deployment of its ships from that day, as a
state launching the mission is (test_naval_forces_launched.py); a mission halting its work,
or a coalition starting talks, deploys nothing (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

_PUBLISHED = "2019-12-27"


@pytest.mark.parametrize(
    ("text", "date", "countries"),
    [
        ("A US-led maritime coalition launched operations from Bahrain last month.", "2019-11", {"USA", "BHR"}),
        (
            "A US-led maritime coalition set up to protect shipping in the region launched operations from Bahrain last month.",
            "2019-11",
            {"USA", "BHR"},
        ),
        ("A French-led naval task force began escorting tankers off Yemen on Monday.", "2019-12-23", {"FRA", "YEM"}),
        ("باشرت المهمة البحرية الأوروبية دورياتها قبالة السواحل الليبية يوم الاثنين.", "2019-12-23", {"LBY"}),
        ("بدأ التحالف البحري بقيادة بريطانيا مرافقة السفن في مضيق هرمز يوم الأحد.", "2019-12-22", {"GBR"}),
    ],
)
def test_a_naval_mission_starting_its_work_is_a_deployment(text, date, countries):
    events = [e for e in extract(text, _PUBLISHED) if e["event_type"] == "deployment"]
    assert len(events) == 1
    assert events[0]["date"] == date
    assert set(events[0]["countries"]) == countries


@pytest.mark.parametrize(
    "text",
    [
        "The US-led naval mission halted operations off Yemen on Monday.",
        "أوقفت المهمة البحرية الأوروبية دورياتها قبالة السواحل الليبية يوم الاثنين.",
        "The US-led maritime coalition began talks with Iran on Monday.",
    ],
)
def test_a_mission_halted_or_talks_begun_deploy_nothing(text):
    assert not [e for e in extract(text, _PUBLISHED) if e["event_type"] == "deployment"]
