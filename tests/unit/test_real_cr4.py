"""An Arabic verb of announcing dated by a day of its own, with the deed it announces dated by
another, earlier day after the deed's word ("أعلن الجيش، الأحد، عن تنفيذ غارة جوية على موقع،
السبت"): the deed took place on its own day, not on the day of the announcement."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MONDAY = "2019-03-25"
THURSDAY = "2019-03-28"


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "أعلن الجيش الأمريكي، الأحد، عن تنفيذ غارة جوية على موقع للمسلحين في الصومال، السبت، "
            "ما أدى إلى مقتل ثلاثة منهم.",
            MONDAY,
            "attack",
            "2019-03-23",
        ),
        (
            "قالت الشرطة التركية، الأربعاء، إنها اعتقلت صحفيا ألمانيا في إسطنبول، الإثنين.",
            THURSDAY,
            "arrest",
            "2019-03-25",
        ),
        (
            "أكد الجيش العراقي، اليوم الخميس، مقتل ثلاثة جنود في هجوم استهدف نقطة تفتيش في الموصل، مساء الثلاثاء.",
            THURSDAY,
            "attack",
            "2019-03-26",
        ),
        (
            "أعلنت إسرائيل، الأربعاء، عن اغتيال قيادي في حركة حماس في غزة، الثلاثاء.",
            THURSDAY,
            "attack",
            "2019-03-26",
        ),
        (
            "ذكرت وكالة الأنباء السعودية، الخميس، أن المملكة استدعت سفير ألمانيا لديها، الثلاثاء.",
            THURSDAY,
            "sanctions",
            "2019-03-26",
        ),
    ],
)
def test_the_deed_announced_takes_its_own_earlier_day(text, published, event_type, date):
    found = of_type(extract(text, published), event_type)
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # no day after the deed's word: the announcement's day stays
        (
            "أعلن الجيش الأمريكي، الأحد، عن تنفيذ غارة جوية على موقع للمسلحين في الصومال.",
            MONDAY,
            "attack",
            "2019-03-24",
        ),
        # the day after the word is a later one, not before the announcement: not the deed's
        (
            "أعلن الجيش الأمريكي، السبت، عن تنفيذ غارة جوية على موقع للمسلحين في الصومال، الأحد.",
            MONDAY,
            "attack",
            "2019-03-23",
        ),
    ],
)
def test_without_an_earlier_day_after_the_word_no_change(text, published, event_type, date):
    found = of_type(extract(text, published), event_type)
    assert [e["date"] for e in found] == [date], found
