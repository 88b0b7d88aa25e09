"""«ولاية» (a state, a term of office) is one word, not و and ل before «أية» (any): «تولى ولاية
العهد» is no hypothetical appointment; «أي» and «أية» still make one. A ruler removed by a vote
(«صوت البرلمان على عزل الأمير») is dismissed, no election held."""

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


@pytest.mark.parametrize(
    "text",
    [
        "وصوت البرلمان الكويتي على عزل الأمير في يناير 2006.",
        "وصوت مجلس الأمة الكويتي على عزل الأمير سعد العبد الله لأسباب صحية في يناير 2006.",
    ],
)
def test_a_ruler_removed_by_a_vote_is_a_dismissal(text: str) -> None:
    found = extract(text, "2020-09-30")
    assert [e["date"] for e in of_type(found, "appointment")] == ["2006-01"], found
    assert not of_type(found, "election"), found
