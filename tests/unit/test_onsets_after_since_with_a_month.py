"""A war's onset told after "since" (منذ) with a month or a day of its own ("muted since war
broke out there in April", "has since been hurt by the conflict, which erupted in November",
منذ اندلاع الحرب هناك في أبريل) is a deed of the story, an attack of that month; an onset
told with a year alone or with no time ("since the war began in 2011", منذ اندلاع الحرب عام
2011) only starts the span of another state and adds no attack."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_PUBLISHED = "2023-09-20"


@pytest.mark.parametrize(
    ("text", "date", "country"),
    [
        ("Chad's voice abroad has been quiet since war broke out there in April.", "2023-04", "TCD"),
        (
            "The minister's standing has since been hurt by the conflict in Chad, which erupted in November.",
            "2022-11",
            "TCD",
        ),
        ("وتراجع دور تشاد في المنطقة منذ اندلاع الحرب هناك في أبريل.", "2023-04", "TCD"),
        ("وتراجعت صادرات تشاد منذ نشوب النزاع في نوفمبر.", "2022-11", "TCD"),
    ],
)
def test_an_onset_after_since_with_a_month_is_an_attack(text: str, date: str, country: str) -> None:
    found = of_type(extract(text, _PUBLISHED), "attack")
    assert [e["date"] for e in found] == [date], found
    assert country in found[0]["countries"]


@pytest.mark.parametrize(
    "text",
    [
        "Chad has struggled with the arrival of refugees since the war began in 2011.",
        "It was the largest aid convoy to reach Chad since the war began.",
        "وتضررت تشاد من تدفق اللاجئين منذ اندلاع الحرب عام 2011.",
        "وهي أكبر قافلة مساعدات تصل إلى تشاد منذ اندلاع الحرب.",
    ],
)
def test_an_onset_only_starting_a_span_adds_no_attack(text: str) -> None:
    assert of_type(extract(text, _PUBLISHED), "attack") == []
