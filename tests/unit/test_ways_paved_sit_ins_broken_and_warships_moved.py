"""A deed that paves the way for a vote or a government leaves them to come (an adverb set off by
commas between keeps the clause whole); a sit-in or a protest broken up with deaths is an attack;
warships moved into a region are deployed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        (
            "Sudan's ruling military council and the opposition coalition signed a constitutional declaration in "
            "Khartoum on Saturday, paving the way for a transitional government and, eventually, elections.",
            "2019-08-17",
            "election",
        ),
        ("Sudan's generals signed a deal in Khartoum on Saturday, paving the way for elections.", "2019-08-17", "election"),
        (
            "وقعت الحكومة والمتمردون اتفاقا في الدوحة أمس، ما يمهد الطريق لتشكيل حكومة انتقالية وإجراء انتخابات.",
            "2019-08-17",
            "election",
        ),
        (
            "وقعت الحكومة والمتمردون اتفاقا في الدوحة أمس، ما يمهد الطريق لتشكيل حكومة انتقالية وإجراء انتخابات.",
            "2019-08-17",
            "appointment",
        ),
    ],
)
def test_what_a_deed_paves_the_way_for_is_still_to_come(text, published, kind):
    assert of_type(extract(text, published), kind) == []


def test_a_vote_the_past_paved_the_way_for_was_held():
    found = of_type(extract("The army's ouster of Mursi paved the way for Sisi's election in 2014.", "2019-08-17"), "election")
    assert [e["date"] for e in found] == ["2014"]


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        (
            "Security forces broke up the sit-in in Khartoum on June 3, killing dozens of people.",
            "2019-08-17",
            "attack",
            "2019-06-03",
        ),
        (
            "The Pentagon moved additional warships into the region last month to protect Israel.",
            "2024-04-14",
            "deployment",
            "2024-03",
        ),
        ("ونقلت وزارة الدفاع الأمريكية سفنا حربية إضافية إلى المنطقة الشهر الماضي.", "2024-04-14", "deployment", "2024-03"),
    ],
)
def test_the_deed_is_told(text, published, kind, day):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [day]


def test_a_protest_broken_up_without_deaths_is_no_attack():
    assert of_type(extract("Police broke up the protest in Khartoum on Monday, arresting dozens.", "2019-08-17"), "attack") == []


@pytest.mark.parametrize(
    "text",
    [
        "أبرزها فض قوات الأمن الاعتصام أمام القيادة العامة للجيش في الخرطوم في الثالث من يونيو، ما أسفر عن مقتل العشرات.",
        "Security forces broke up the sit-in outside the army headquarters in Khartoum on June 3, killing dozens of people.",
    ],
)
def test_the_sit_in_broken_up_is_the_attack_s_target_not_a_protest_of_that_day(text):
    found = extract(text, "2019-08-18")
    assert [(e["event_type"], e["date"]) for e in found] == [("attack", "2019-06-03")]
