"""A protest told by a verb of going on (تواصلت الاعتصامات، the sit-ins continued) is the
stretch of it on the day its sentence tells, the publication's when it names none: not a
retelling of a protest the article dated before; and an English relative clause of its onset
between the word and the verb (the sit-in that began there a week ago continued) dates the
onset, not the stretch told (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.running_days import onset_clause_of_the_going_on, told_as_going_on


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "وكان محتجون غاضبون قد أضرموا النار في مبنى القنصلية الإيرانية في النجف مساء الأربعاء. "
            "ولم يهدئ قبول الاستقالة الشارع، إذ تواصلت الاعتصامات في ساحة التحرير وسط بغداد.",
            "2019-12-01",
            ["2019-11-27", "2019-12-01"],
        ),
    ],
)
def test_going_on_is_no_retelling(text: str, published: str, dates: list[str]) -> None:
    found = of_type(extract(text, published), "protest")
    assert sorted(e["date"] for e in found) == dates, [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "KHARTOUM (Al Jazeera) - Sudan's military council chief stepped down late on Friday. "
            "On Saturday, the sit-in that began there a week ago continued, with demonstrators chanting slogans.",
            "2019-04-13",
            "2019-04-13",
        ),
    ],
)
def test_onset_clause_of_the_going_on(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "protest")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "word", "going_on"),
    [
        ("إذ تواصلت الاعتصامات في ساحة التحرير", "الاعتصامات", True),
        ("واستمرت الاحتجاجات في المدن الجنوبية", "الاحتجاجات", True),
        ("the sit-ins continued in Tahrir Square", "sit-ins", True),
        ("protests went on into the night", "protests", True),
        ("نظم المحتجون الاعتصامات في ساحة التحرير", "الاعتصامات", False),
        ("the sit-ins drew thousands in Tahrir Square", "sit-ins", False),
    ],
)
def test_told_as_going_on(text: str, word: str, going_on: bool) -> None:
    i = text.index(word)
    assert told_as_going_on(text, (i, i + len(word))) is going_on


@pytest.mark.parametrize(
    ("text", "word", "clause"),
    [
        ("the sit-in that began there a week ago continued, with", "sit-in", " that began there a week ago"),
        ("the protests, which began on Feb. 22, have drawn thousands", "protests", None),
        ("the sit-in that began there a week ago drew thousands", "sit-in", None),
    ],
)
def test_onset_clause(text: str, word: str, clause: str | None) -> None:
    i = text.index(word)
    span = onset_clause_of_the_going_on(text, (i, i + len(word)), len(text))
    assert (text[span[0] : span[1]] if span else None) == clause
