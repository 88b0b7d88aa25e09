"""Time expressions of news prose. A weekday told with "last week" after it ("on Thursday last
week", "Monday of last week", «الخميس من الأسبوع الماضي») or before it ("last week on Tuesday") is
that weekday of the calendar week before the publication's (weeks from Monday), not the nearest
past one: in a Friday's story, "Thursday last week" is eight days before, not the day before.
A weekday "before last" («الخميس قبل الماضي», "Thursday before last") is the one a week before the
last one, which is never the publication's own day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates

PUB = "2024-03-15"  # a Friday


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Sweden formally joined NATO on Thursday last week.", ["2024-03-07"]),
        ("The ministers met on Monday of last week.", ["2024-03-04"]),
        ("They met last week on Tuesday.", ["2024-03-05"]),
        ("وصل الوفد يوم الخميس من الأسبوع الماضي.", ["2024-03-07"]),
        ("وصل الوفد يوم الأحد الأسبوع الماضي.", ["2024-03-10"]),
        # a weekday alone, and one apart from a later "last week's": each as before
        ("Sweden formally joined NATO on Thursday.", ["2024-03-14"]),
        ("He said on Thursday, last week's talks had failed.", ["2024-03-14", "2024-03"]),
        # before last
        ("وصل الوفد الخميس قبل الماضي.", ["2024-03-07"]),
        ("The talks opened on Thursday before last.", ["2024-03-07"]),
        ("هاجم مسلحون القرية يوم الجمعة قبل الماضية.", ["2024-03-01"]),
        ("وصل الوفد الخميس الماضي.", ["2024-03-14"]),
    ],
)
def test_a_weekday_of_last_week(text: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text, PUB)] == values


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("Israeli warplanes struck Rafah on Thursday last week, killing 12 people.", "attack", "2024-03-07"),
        ("شنت الطائرات الإسرائيلية غارات على رفح يوم الخميس من الأسبوع الماضي.", "attack", "2024-03-07"),
    ],
)
def test_a_deed_of_a_weekday_of_last_week(text: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "values"),
    [
        # a clause's comma, a possessive, a year or a week after "before last": no weekday of last week
        ("Blinken, who was in Cairo last week, on Tuesday urged Israel to halt the offensive.", ["2024-03", "2024-03-12"]),
        ("Netanyahu said Thursday last week's attack was a war crime.", ["2024-03-14", "2024-03"]),
        ("They met on Thursday before last year's election.", ["2024-03-14", "2023"]),
    ],
)
def test_no_weekday_of_last_week_across_a_clause_or_a_possessive(text: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text, PUB)] == values
