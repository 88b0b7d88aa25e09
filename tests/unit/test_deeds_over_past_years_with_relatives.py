"""Deeds told over the past years are many deeds, no event of a day, even when a relative clause
on the event word tells them by a verb of the same kind, in English as in Arabic: 'a series of
bloody attacks that have killed dozens of army and police personnel in Sinai over the past six
years' is none, as 'سلسلة من الهجمات الدامية التي قتلت العشرات ... خلال السنوات الست الماضية' is
none and 'التي أودت بحياة عشرات ... خلال السنوات الست الماضية' was; attacks told with a day of
their own, or with no span of years, stay events."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

AUGUST = "2018-08-02"


@pytest.mark.parametrize(
    "text",
    [
        "Hamas cooperates with Egypt in securing the border area, particularly after a series of bloody attacks "
        "that have killed dozens of army and police personnel in Sinai over the past six years.",
        "Hamas cooperates with Egypt in securing the border area after attacks which killed dozens of soldiers in "
        "Sinai over the last three years.",
        "وتتعاون حماس مع مصر في تأمين المنطقة الحدودية بعد سلسلة من الهجمات الدامية التي قتلت العشرات من أفراد "
        "الجيش والشرطة في سيناء خلال السنوات الست الماضية.",
        "وتتعاون حماس مع مصر في تأمين المنطقة الحدودية بعد سلسلة من الهجمات الدامية التي أودت بحياة عشرات من "
        "أفراد الجيش والشرطة في سيناء خلال السنوات الست الماضية.",
    ],
)
def test_attacks_over_the_past_years_are_no_event(text: str) -> None:
    assert not of_type(extract(text, AUGUST), "attack"), extract(text, AUGUST)


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian jets launched air strikes on Monday that killed dozens of militants in Sinai, the deadliest over "
        "the past six years.",
        "شنت الطائرات المصرية يوم الاثنين غارات قتلت العشرات في سيناء.",
        "Hamas cooperates with Egypt after a series of bloody attacks that have killed dozens of army and police "
        "personnel in Sinai.",
    ],
)
def test_attacks_of_a_day_or_with_no_span_stay_events(text: str) -> None:
    assert of_type(extract(text, AUGUST), "attack")
