"""Where a text names a year counted from another: the phrase itself, found by a scan that does
not try every word as the start of the words an event word may stand from it."""

from __future__ import annotations

import pytest

from events.assemble.following_years import year_phrase_positions


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("He was elected in 2013. He became president the following year.", ["the following year"]),
        ("وانتخب رئيسا في العام التالي.", ["في العام التالي"]),
        ("The deal was reached two years later.", ["two years later"]),
        ("Ties were restored the year before.", ["the year before"]),
        ("The talks were held in Oman, where nothing came of them.", []),
        ("Thefollowing year was written without a space.", []),
    ],
)
def test_year_phrases_are_found_where_they_stand(text, phrases):
    found = year_phrase_positions(text)
    assert len(found) == len(phrases)
    for start, phrase in zip(found, phrases, strict=True):
        assert text[start:].lower().startswith(phrase.lower())
