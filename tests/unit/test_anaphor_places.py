"""A decision or a vote of several states told with no place of its own is placed in the city the
next sentence names when that sentence opens by taking it up in the passive ("The decision was
taken at a closed-door meeting ... in Cairo", «واتُّخذ القرار خلال اجتماع مغلق ... بالقاهرة»); a
next sentence that does not take it up places nothing."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        (
            "CAIRO (AFP) - Arab foreign ministers on Sunday voted to readmit Syria to the Arab League, ending more than "
            "a decade of isolation.\n\nThe decision was taken at a closed-door meeting of foreign ministers at the "
            "League's headquarters in Cairo, Arab diplomats said.",
            "2023-05-07",
            "EGY",
        ),
        (
            "قرر وزراء الخارجية العرب، الأحد، إعادة عضوية سوريا في جامعة الدول العربية.\n"
            "واتُّخذ القرار خلال اجتماع مغلق لوزراء الخارجية في مقر الجامعة بالقاهرة.",
            "2023-05-07",
            "EGY",
        ),
        (
            "Arab foreign ministers on Sunday voted to readmit Syria to the Arab League.\n\n"
            "Foreign ministers later met in Cairo to discuss the war in Sudan.",
            "2023-05-07",
            "SYR",
        ),
    ],
)
def test_the_place_of_a_decision_taken_up_in_the_next_sentence(text, published, country):
    (ties,) = of_type(extract(text, published), "relations")
    assert (ties["location"] or {}).get("country") == country
