"""Constructions of news prose. A clause opened by بينما or في حين and an auxiliary of the past
(بينما كان الوزير يزور ...), like one opened by "while" and a verb in progress (while the minister
was visiting ...), tells a deed going on at the time of the clause before it: with no time of its
own, it takes that clause's time. بينما before a verb of its own in the past opens a contrast, a
deed told apart, which keeps its own reading."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2021-03-15"


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("شنت القوات التركية هجوما على بلدة في شمال سوريا في الثالث من مارس 2020، بينما كان وزير الخارجية الروسي يزور أنقرة.", "visit", "2020-03-03"),
        ("في العاشر من يناير 2019 اندلعت اشتباكات في طرابلس، بينما كان المبعوث الأممي يزور ليبيا.", "visit", "2019-01-10"),
        ("قصفت القوات التركية قرية في شمال العراق في 30 يوليو 2020، في حين كان وزير الخارجية العراقي فؤاد حسين يزور طهران.", "visit", "2020-07-30"),
        ("Turkish forces attacked a town in northern Syria on March 3, 2020, while the Russian foreign minister was visiting Ankara.", "visit", "2020-03-03"),
    ],
)
def test_deed_in_progress_takes_the_clause_time(text: str, event_type: str, date: str) -> None:
    events = of_type(extract(text, PUB), event_type)
    assert events, text
    assert events[0]["date"] == date, (text, [e["date"] for e in events])


def test_contrast_keeps_its_own_reading() -> None:
    # a verb of its own after بينما: a deed told apart, not dated by the clause before
    text = "شنت الطائرات الإسرائيلية غارات على غزة في الثالث من مارس 2021، بينما أطلقت الفصائل الفلسطينية صواريخ على إسرائيل."
    dates = sorted(e["date"] for e in of_type(extract(text, PUB), "attack"))
    assert dates == ["2021-03-03", "2021-03-15"], dates
