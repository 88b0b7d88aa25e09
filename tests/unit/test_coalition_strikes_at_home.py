"""A coalition of states that strikes in the war an article is about strikes in that war's country (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    "text",
    [
        "قال مسؤولون يمنيون إن قوات التحالف بقيادة السعودية تقترب من وسط مدينة الحديدة اليمنية. "
        "وتسيطر جماعة الحوثي على العاصمة اليمنية صنعاء منذ 2014. وشنت قوات التحالف هجوما على المطار يوم الأربعاء.",
        "Yemeni officials said the Saudi-led coalition was closing in on the Yemeni city of Hodeidah. "
        "The Houthis have held the Yemeni capital Sanaa since 2014. "
        "The Saudi-led coalition launched an attack on the airport on Wednesday.",
    ],
)
def test_a_coalition_strike_is_in_the_war_country(text):
    attack = next(e for e in extract(text, "2018-06-24") if e["event_type"] == "attack" and e["date"] == "2018-06-20")
    assert attack["location"]["country"] == "YEM" and {"SAU", "ARE", "YEM"} <= set(attack["countries"]), attack
