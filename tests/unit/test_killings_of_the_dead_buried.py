"""The dead a crowd buries or mourns, told with the deed that killed them, were killed before the
funeral: "Palestinians on Tuesday buried dozens of people killed by Israeli fire" and «شيع
الفلسطينيون يوم الثلاثاء ... 50 شخصا قتلتهم القوات الإسرائيلية» tell no attack of Tuesday, the
killing told on its own day elsewhere staying; mourners killed themselves ("Mourners who buried
a victim were killed") and a killing with no funeral keep their day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.mourned_dead import killed_before_their_funeral
from events.assemble.text import _Candidate

PUBLISHED = "2018-05-15"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Palestinians on Tuesday buried dozens of people killed by Israeli fire along the Gaza border. "
            "Israeli troops killed at least 58 Palestinians on the Gaza border on Monday.",
            ["2018-05-14"],
        ),
        ("شيع الفلسطينيون يوم الثلاثاء في غزة جثامين 50 شخصا قتلتهم القوات الإسرائيلية.", []),
        ("ودع الفلسطينيون في غزة يوم الثلاثاء عشرات الشبان الذين قتلوا برصاص القوات الإسرائيلية.", []),
        # the mourners killed, and a killing with no funeral, keep their day
        ("Mourners who buried a victim on Tuesday were killed by Israeli fire in Gaza on Tuesday.", ["2018-05-15"]),
        ("Israeli troops killed at least 58 Palestinians on the Gaza border on Tuesday.", ["2018-05-15"]),
        ("قتلت القوات الإسرائيلية يوم الثلاثاء 58 فلسطينيا على حدود غزة.", ["2018-05-15"]),
    ],
)
def test_killing_of_the_dead_buried_is_no_attack_of_the_funeral_day(text: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, PUBLISHED), "attack")) == dates, text


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Palestinians buried dozens of people killed by Israeli fire.", "killed", True),
        ("وشيع الآلاف جثامين الشبان الذين قتلوا برصاص الجيش.", "قتلوا", True),
        ("Mourners who buried a victim were killed by Israeli fire.", "killed", False),
        # the mourned named with a title, a killing a dozen words after the verb of mourning
        (
            "Lebanon began three days of mourning on Tuesday for former Prime Minister Rafik al-Hariri, killed in a massive bomb blast.",
            "bomb blast",
            True,
        ),
        ("بدأ لبنان يوم الثلاثاء حدادا لمدة ثلاثة أيام على رئيس الوزراء السابق رفيق الحريري الذي قتل في انفجار ضخم.", "قتل", True),
        # a connector opens a clause of its own: the strike is not the mourned dead's killing
        ("Thousands mourned the victims in Lebanon on Tuesday as Israeli jets struck southern Lebanon again.", "struck", False),
        ("ودع الآلاف الضحايا في لبنان يوم الثلاثاء بينما قصفت الطائرات الإسرائيلية جنوب لبنان مجددا.", "قصفت", False),
        ("Palestinians buried their dead. Israeli troops killed 58 people.", "killed", False),
    ],
)
def test_killed_before_their_funeral(text: str, word: str, expected: bool) -> None:
    start = text.index(word)
    cand = _Candidate("attack", "190", (0, len(text)), (start, start + len(word)), word, 0.8)
    sentence_start = text.rfind(". ", 0, start)
    if sentence_start >= 0:
        cand = _Candidate("attack", "190", (sentence_start + 2, len(text)), (start, start + len(word)), word, 0.8)
    assert killed_before_their_funeral(text, cand) is expected
