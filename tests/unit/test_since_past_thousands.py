"""A deed going on since a time, told with a count of thousands between its word and since
("had massed more than 150,000 troops near Ukraine's borders since November", «وحشدت روسيا قوات
قوامها 150,000 جندي قرب حدود أوكرانيا منذ نوفمبر»), began then: the comma of thousands ends no
clause. A comma that does end a clause still keeps since for the clause after it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2022-02-25"


@pytest.mark.parametrize(
    "text",
    [
        "Russia had massed more than 150,000 troops near Ukraine's borders since November.",
        "Russia has deployed 7,500 troops near the border since November.",
        "وحشدت روسيا قوات قوامها 150,000 جندي قرب حدود أوكرانيا منذ نوفمبر.",
    ],
)
def test_since_past_a_count_of_thousands_dates_the_deed(text: str) -> None:
    found = of_type(extract(text, PUBLISHED), "deployment")
    assert [e["date"] for e in found] == ["2021-11"], found


@pytest.mark.parametrize(
    "text",
    [
        "Russia massed 150 troops near the border on Tuesday, and talks have stalled since November.",
        "وحشدت روسيا قوات قرب حدود أوكرانيا يوم الثلاثاء، وقالت إنها تراقب الوضع على الحدود منذ نوفمبر.",
    ],
)
def test_since_of_another_clause_dates_nothing(text: str) -> None:
    found = of_type(extract(text, PUBLISHED), "deployment")
    assert found and all(e["date"] != "2021-11" for e in found), found
