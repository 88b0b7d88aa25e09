"""Forces named by the nouns of their kind that the deployment verbs take: military planners or
trainers sent, units moved ("began moving units toward the south"), warships passing through a
canal or a strait ("four naval vessels crossed the Suez Canal", «عبرت سفن حربية قناة السويس»);
a tanker passing through deploys nothing. A move toward a bare quarter of the land (toward the
south, نحو الجنوب) stays in the movers' own country, not in a place told before; and an air base
named as what fighters seized is the attack's target, no deployment (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

_PUBLISHED = "2024-11-27"


def _deployments(text: str) -> list[dict]:
    return [e for e in extract(text, _PUBLISHED) if e["event_type"] == "deployment"]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The Pentagon sent a team of about 150 military planners to Jordan last year.", {"USA", "JOR"}),
        ("Britain sent military trainers to Ukraine in March.", {"GBR", "UKR"}),
        ("The Syrian army moved units to Idlib on Wednesday.", {"SYR"}),
        ("Four Egyptian warships crossed the Suez Canal on Wednesday.", {"EGY"}),
        ("عبرت أربع سفن حربية مصرية قناة السويس يوم الأربعاء.", {"EGY"}),
    ],
)
def test_forces_of_these_kinds_are_deployed(text, countries):
    events = _deployments(text)
    assert len(events) == 1
    assert set(events[0]["countries"]) == countries


@pytest.mark.parametrize(
    "text",
    [
        "An Iranian oil tanker crossed the Suez Canal on Wednesday.",
        "عبرت ناقلة نفط إيرانية قناة السويس يوم الأربعاء.",
        "The strikes came a day after Houthi fighters seized the al-Anad air base, north of Aden, on Wednesday.",
        "وجاءت الغارات بعد يوم من سيطرة الحوثيين على قاعدة العند الجوية شمال عدن يوم الأربعاء.",
    ],
)
def test_a_tanker_passing_or_a_base_seized_is_no_deployment(text):
    assert not _deployments(text)


@pytest.mark.parametrize(
    "text",
    [
        "A US-led committee will monitor compliance. The Lebanese army began moving units toward the south on Wednesday.",
        "وستراقب لجنة تقودها الولايات المتحدة تنفيذ الاتفاق. وبدأ الجيش اللبناني تحريك وحداته نحو الجنوب يوم الأربعاء.",
    ],
)
def test_a_move_toward_a_quarter_of_the_land_stays_at_home(text):
    events = _deployments(text)
    assert len(events) == 1
    assert events[0]["countries"] == ["LBN"]
    assert (events[0]["location"] or {}).get("country") == "LBN"
