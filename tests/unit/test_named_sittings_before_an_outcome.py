"""A summit or a meeting named by its venue or by the catalog, told after a word of after in the
clause of an outcome ("restored ties with Qatar after the Al-Ula summit", «أعادت علاقاتها بعد قمة
بغداد»), is one sitting held, an event of its own beside the outcome; a bare meeting after "after"
is not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2023-04-13"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Saudi Arabia restored ties with Qatar after the Al-Ula summit in January 2021.", ["2021-01"]),
        ("Saudi Arabia restored ties with Qatar after the Baghdad summit in January 2021.", ["2021-01"]),
        ("وأعادت السعودية علاقاتها مع قطر بعد قمة بغداد في يناير 2021.", ["2021-01"]),
        ("وأعادت السعودية علاقاتها مع قطر بعد قمة العلا.", ["2021-01-05"]),
        ("Saudi Arabia restored ties with Qatar after a meeting.", []),
        ("وأعادت السعودية علاقاتها مع قطر بعد اجتماع.", []),
    ],
)
def test_a_named_sitting_after_an_outcome_is_held(text, dates):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "meeting")] == dates



def test_a_sitting_told_as_the_circumstance_is_no_visit_to_the_outcomes_doer():
    events = extract("وأعادت السعودية علاقاتها مع قطر بعد القمة الخليجية في العلا في يناير 2021.", PUBLISHED)
    assert [e["event_type"] for e in events if e["event_type"] in ("meeting", "visit")] == ["meeting"]
