"""An office told as held since a time (has led the government since March 2019, has been
president since 2014; يرأس الحكومة منذ أكتوبر 2018، يحكم البلاد منذ، يشغل منصب ... منذ) was
taken then: one appointment at that onset, when no other event word of its sentence tells
the day's news."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _appointments(text: str, published: str) -> list[tuple[str | None, list[str]]]:
    return [(e["date"], sorted(e["countries"])) for e in of_type(extract(text, published), "appointment")]


@pytest.mark.parametrize(
    ("text", "date", "countries"),
    [
        ("Ahmed Ali, who has led Iraq's government since March 2019, said he would stay.", "2019-03", ["IRQ"]),
        ("Erdogan has been president of Turkey since 2014.", "2014", ["TUR"]),
        ("ويرأس عادل عبد المهدي الحكومة العراقية منذ أكتوبر/تشرين الأول 2018.", "2018-10", ["IRQ"]),
        ("ويشغل الوزير السعودي منصب وزير الخارجية منذ عام 2018.", "2018", ["SAU"]),
        ("ويحكم السلطان العماني البلاد منذ عام 1970.", "1970", ["OMN"]),
    ],
)
def test_an_office_held_since_a_time_was_taken_then(text, date, countries):
    assert _appointments(text, "2020-01-10") == [(date, countries)]
