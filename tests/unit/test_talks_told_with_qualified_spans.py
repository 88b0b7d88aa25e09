"""The talks an outcome came after, told with up to four words between the word of after and
the noun of talks, hyphenated or dotted ones among them ("after four days of EU-mediated
talks", "عقب أربعة أيام كاملة من المحادثات"): the English talks are held, dated by the
outcome's month; an Arabic outcome with no day of its own takes the talks' day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "The two sides signed a truce on Monday after four days of EU-mediated talks in Brussels.",
            "2024-03-06",
            "meeting",
            "2024-03",
        ),
        (
            "وقع الطرفان اتفاقا لوقف إطلاق النار عقب أربعة أيام كاملة من المحادثات يوم الأحد في القاهرة.",
            "2024-03-06",
            "ceasefire",
            "2024-03-03",
        ),
    ],
)
def test_talks_told_with_a_qualified_span(text: str, published: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == [date]
