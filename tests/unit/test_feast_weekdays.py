"""A weekday that is part of a feast's or a day's name (Palm Sunday, Good Friday, Bloody
Sunday; «الجمعة العظيمة»، «الأحد الدامي») is no day of the week before the publication: it gives
no date. The same weekday with no such word, or a word of the list in lower case, stays a day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates

PUB = "2017-11-25"  # a Saturday


def _values(text: str) -> list[str | None]:
    language = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    return [m.value for m in find_dates(text, PUB, language)]


@pytest.mark.parametrize(
    "text",
    [
        "Militants bombed two churches on Palm Sunday, killing 45 people.",
        "Thousands marched through the city on Good Friday.",
        "Soldiers shot dead 14 civilians on Bloody Sunday.",
        "Candidates swept the primaries on Super Tuesday.",
        "فجر مسلحون كنيستين يوم الجمعة العظيمة.",
        "قتل الجنود أربعة عشر مدنيا في الأحد الدامي.",
        "انهارت الأسواق في الثلاثاء الأسود.",
    ],
)
def test_a_feast_named_by_a_weekday_gives_no_date(text: str) -> None:
    assert _values(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Militants bombed two churches on Sunday, killing 45 people.", "2017-11-19"),
        ("It was a good Friday for the markets. Militants bombed a church on Friday.", "2017-11-24"),
        ("فجر مسلحون كنيستين يوم الجمعة.", "2017-11-24"),
        ("قتل الجنود أربعة عشر مدنيا يوم الأحد الماضي.", "2017-11-19"),
    ],
)
def test_a_plain_weekday_stays_a_day(text: str, value: str) -> None:
    assert value in _values(text)


def test_a_deed_on_a_feast_takes_the_month_told_with_it() -> None:
    found = of_type(extract("The group bombed two churches in Tanta and Alexandria on Palm Sunday in April, killing 45 people.", PUB), "attack")
    assert [e["date"] for e in found] == ["2017-04"], found
