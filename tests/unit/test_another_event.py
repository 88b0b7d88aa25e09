"""An event word qualified as another of its type ("هجوم آخر", "another attack") is a second event (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    "text",
    [
        "قتل 10 جنود في هجوم في شمال سيناء الجمعة، وفي هجوم آخر في العريش قتل شرطيان.",
        "قتل 10 جنود في هجوم في شمال سيناء الجمعة، وقتل شرطيان في هجوم ثان في العريش.",
        "Ten soldiers were killed in an attack in northern Sinai on Friday, and in another attack in El-Arish "
        "two policemen were killed.",
    ],
)
def test_another_attack_is_a_second_event(text):
    attacks = [e for e in extract(text, "2018-03-10") if e["event_type"] == "attack"]
    assert len(attacks) == 2, attacks


@pytest.mark.parametrize(
    "text",
    [
        "قتل 10 جنود في هجوم في شمال سيناء الجمعة، وأعلن تنظيم الدولة مسؤوليته عن الهجوم.",
        "Ten soldiers were killed in an attack in northern Sinai on Friday; Islamic State claimed the attack.",
    ],
)
def test_the_same_attack_told_again_stays_one(text):
    attacks = [e for e in extract(text, "2018-03-10") if e["event_type"] == "attack"]
    assert len(attacks) == 1, attacks


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the word and its qualifier written with their case endings (إضراباً ثانياً، هجوماً آخرَ)
        (
            "وجاءت القمة على وقع احتجاجات شعبية، انطلقت بإضراب عام دعت إليه النقابات المهنية في 30 مايو/أيار رفضاً "
            "لمشروع قانون ضريبة الدخل، وتحولت إلى اعتصامات ليلية قرب مقر رئاسة الوزراء في عمّان، قبل أن تنفذ "
            "النقابات إضراباً ثانياً يوم الأربعاء الماضي.",
            ["2018-05-30", "2018-06-06"],
        ),
        ("نفذ مسلحون هجوما في شمال سيناء بمصر يوم 3 يونيو، ثم شنوا هجوماً آخرَ يوم الأربعاء الماضي.", ["2018-06-03", "2018-06-06"]),
    ],
)
def test_another_written_with_its_case_ending(text, dates):
    found = sorted(e["date"] for e in extract(text, "2018-06-11") if e["event_type"] in ("protest", "attack"))
    assert found == dates, found
