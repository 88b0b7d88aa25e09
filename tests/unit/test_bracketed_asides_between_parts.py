"""A short aside in brackets between the parts of an event's wording (the members of a group
listed after it: «استدعت 3 دول (السعودية والبحرين والإمارات) سفراءها من الدوحة») is not counted
among the words the parts may stand apart; a long one, or words outside brackets, still are."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "وفي عام 2014 استدعت ثلاث دول خليجية (السعودية والبحرين والإمارات) سفراءها من الدوحة.",
        "وفي عام 2017 استدعت أربع دول عربية (السعودية والإمارات والبحرين ومصر) سفراءها من الدوحة.",
    ],
)
def test_a_bracketed_list_between_the_parts(text):
    found = of_type(extract(text, "2017-06-06"), "sanctions")
    assert len(found) == 1 and found[0]["date"] in ("2014", "2017") and "QAT" in found[0]["countries"], found


def test_the_words_outside_brackets_still_count():
    text = "وفي عام 2014 استدعت ثلاث من الدول الأعضاء في مجلس التعاون لدول الخليج العربية الست سفراءها من الدوحة."
    assert of_type(extract(text, "2017-06-06"), "sanctions") == []
