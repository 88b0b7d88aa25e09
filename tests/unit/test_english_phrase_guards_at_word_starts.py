"""An English phrase of a guard begins at a word's start: "a pound" (the currency) is not in
"Russia pounded Kyiv", whose last letter of the subject and first word of the verb only look like
it; the currency itself still bars the word, and an Arabic phrase still bars its word with a
proclitic written onto it (events/triggers.py `_guard_patterns`)."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words


@pytest.mark.parametrize(
    "text",
    [
        "Russia pounded Kyiv with missiles overnight.",
        "Somalia pounded al Shabaab positions on Tuesday.",
        "قصفت روسيا كييف بالصواريخ ليلا.",
    ],
)
def test_a_verb_after_a_name_in_a_is_no_currency(text):
    assert asserted_words(text, "attack")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Egyptian pound fell to a record low on Tuesday.", "attack"),
        ("A pound of meat now costs a day's wage in Cairo.", "attack"),
        ("أصدرت المحكمة مذكرة اعتقال بحق الوزير السابق.", "arrest"),
        ("وطالب القاضي بمذكرة اعتقال بحق الوزير السابق.", "arrest"),
    ],
)
def test_the_guard_phrases_still_bar(text, event_type):
    assert not asserted_words(text, event_type)
