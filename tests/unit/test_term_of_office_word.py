"""«ولاية» (a state, a term of office) is one word, not و and ل before «أية» (any): «تولى ولاية
العهد» is no hypothetical appointment; «أي» and «أية» still make one."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words, extract, of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("ويبلغ الشيخ نواف 83 عاماً، وقد تولى ولاية العهد في الكويت في فبراير/شباط 2006.", "2006-02"),
        ("وكان الأمير قد تولى ولاية العهد في الكويت عام 2006.", "2006"),
    ],
)
def test_taking_up_the_crown_princeship_is_an_appointment(text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2020-09-30"), "appointment")] == [date]


def test_any_still_makes_an_event_word_hypothetical() -> None:
    assert "هجوم" not in asserted_words("وقال إن أي هجوم على المدينة سيقابل برد.", "attack")
