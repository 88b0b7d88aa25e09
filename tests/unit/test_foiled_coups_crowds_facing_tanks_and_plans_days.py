"""A coup attempt foiled was made and failed; tanks that massed are no crowd; the day of a plan told in the clause before ("... next Monday, while Hollande
held an emergency meeting") dates no deed told done."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _found(text: str, published: str) -> list[tuple[str, str | None, frozenset[str]]]:
    return [(e["event_type"], e["date"], frozenset(e["countries"])) for e in extract(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "أنقرة - أعلنت الحكومة التركية اليوم السبت إحباط محاولة انقلاب عسكري نفذتها مجموعة من ضباط الجيش مساء أمس الجمعة.",
            "2016-07-16",
            ("attack", "2016-07-15", "TUR"),
        ),
        (
            "The Turkish government said it had foiled a coup attempt by a group of army officers on Friday night.",
            "2016-07-16",
            ("attack", "2016-07-15", "TUR"),
        ),
        (
            "Bolivia's army foiled a coup attempt at the military headquarters next to the presidential palace on Wednesday.",
            "2024-06-27",
            ("attack", "2024-06-26", "BOL"),
        ),
        (
            "Sierra Leone's army crushed a coup attempt on Sunday, the government said, and the plot's leaders were arrested.",
            "2023-11-27",
            ("attack", "2023-11-26", "SLE"),
        ),
        (
            "ودعت المستشارة الألمانية أنغيلا ميركل الرئيس الفرنسي فرانسوا هولاند ورئيس الوزراء الإيطالي ماتيو رينزي"
            " إلى اجتماع في برلين يوم الاثنين المقبل، فيما عقد هولاند اجتماعاً طارئاً لحكومته في قصر الإليزيه.",
            "2016-06-24",
            ("meeting", "2016-06-24", "FRA"),
        ),
    ],
)
def test_the_deed_is_found(text: str, published: str, expected: tuple[str, str, str]) -> None:
    found = _found(text, published)
    assert [f for f in found if (f[0], f[1]) == expected[:2] and expected[2] in f[2]], found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Sudanese authorities said they had foiled a plot to stage a coup on Tuesday.", "attack"),
        ("أعلنت السلطات السودانية أنها أحبطت مخططا لتنفيذ انقلاب الثلاثاء.", "attack"),
        ("أحبطت قوات الأمن العراقية هجوما انتحاريا في بغداد أمس.", "attack"),
        ("واحتشدت دبابات إسرائيلية قرب الحدود مع غزة أمس.", "protest"),
        ("احتشدت أمس على الحدود مع لبنان دبابات وآليات إسرائيلية.", "protest"),
    ],
)
def test_no_such_event(text: str, event_type: str) -> None:
    found = _found(text, "2016-07-16")
    assert not [f for f in found if f[0] == event_type], found
