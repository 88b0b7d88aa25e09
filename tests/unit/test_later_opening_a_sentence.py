"""A word of later opening a sentence with no time of its own, set off by a comma ("Later, protesters
torched tyres", «وفي وقت لاحق، سقط صاروخ»), tells a later hour of the day of the news told last, a few
sentences before at most. After a month, a year or a day of a story retold it names no day; a sentence
with a time of its own keeps that time; "later" inside a sentence is no opening."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates

PUB = "2017-12-09"  # a Saturday


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "قتل فلسطينيان برصاص الجيش الإسرائيلي أمس الجمعة قرب السياج الحدودي. وقال الجيش إن جنوده أطلقوا النار. "
            "وفي وقت لاحق، سقط صاروخ أطلق من غزة على بلدة سديروت في جنوب إسرائيل.",
            "attack",
            "2017-12-08",
        ),
        (
            "تظاهر آلاف الفلسطينيين في رام الله أمس الجمعة. ولاحقا، اعتقلت القوات الإسرائيلية ناشطين في الخليل.",
            "arrest",
            "2017-12-08",
        ),
        (
            "Israeli troops shot dead two Palestinians near the border fence on Friday. "
            "Later, Israeli aircraft bombed Hamas positions in Gaza.",
            "attack",
            "2017-12-08",
        ),
        (
            "Israeli troops shot dead two Palestinians near the border fence on Friday. Later, protesters torched tyres in Ramallah.",
            "protest",
            "2017-12-08",
        ),
    ],
)
def test_later_opening_a_sentence_is_the_day_of_the_news_told(text: str, event_type: str, date: str) -> None:
    found = of_type(extract(text, PUB), event_type)
    assert [e["date"] for e in found][-1:] == [date], found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a day of a story retold: later may be weeks on
        ("Aziz led a coup on 6 August 2008. Later, the African Union suspended Mauritania.", "2008-08-06"),
        ("قاد ولد عبد العزيز انقلابا في السادس من أغسطس 2008. وفي وقت لاحق، علق الاتحاد الأفريقي عضوية موريتانيا.", "2008-08-06"),
        # a month told last names no day
        ("Protests spread in March. Later, police arrested dozens.", "2017-03"),
        # "later" inside a sentence opens nothing
        ("Troops clashed with protesters on Friday and police said later, without giving details, that 20 were held.", None),
    ],
)
def test_no_day_of_the_news_for_later(text: str, absent: str | None) -> None:
    later = [m for m in find_dates(text, PUB) if m.text.lower().endswith(("later", "لاحق"))]
    assert all(m.value != absent for m in later) if absent else later == [], later


def test_a_sentence_with_a_time_of_its_own_keeps_it() -> None:
    text = "Israeli troops shot dead two Palestinians on Friday. Later, on Saturday, Israeli aircraft bombed Gaza."
    found = of_type(extract(text, PUB), "attack")
    assert "2017-12-09" in [e["date"] for e in found], found
