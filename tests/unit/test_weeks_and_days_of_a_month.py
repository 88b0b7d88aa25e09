"""A week or the days of a named month ("the first week of November", «الأسبوع الأخير من
أكتوبر», «الأيام الأخيرة من ديسمبر 2017») date a deed to that month; "the last week of October" is no "last week" counted back
from the publication."""

from __future__ import annotations

import pytest

from events.temporal import find_dates


def _dates(text: str) -> list[tuple[str, str, str]]:
    return [(d.text, d.value, d.precision) for d in find_dates(text, "2019-12-20")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He visited Doha in the first week of November.", [("the first week of November", "2019-11", "month")]),
        ("They met in the last week of October.", [("the last week of October", "2019-10", "month")]),
        ("Talks resumed in the last days of December 2017.", [("the last days of December 2017", "2017-12", "month")]),
        ("وزار الدوحة في الأسبوع الأول من نوفمبر.", [("الأسبوع الأول من نوفمبر", "2019-11", "month")]),
        ("والتقيا في الأسبوع الأخير من أكتوبر.", [("الأسبوع الأخير من أكتوبر", "2019-10", "month")]),
        ("ووقعا الاتفاق في الأيام الأخيرة من ديسمبر 2017.", [("الأيام الأخيرة من ديسمبر 2017", "2017-12", "month")]),
    ],
)
def test_a_part_of_a_named_period(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _dates(text) == expected
