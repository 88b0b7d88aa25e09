"""A clause opened after a comma by a connector of contrast (فيما، بينما; while, whereas)
and a doer of its own tells a deed of its own: an event word there of a type the sentence
already has is another event, not a weaker word for the first. In English only before a
capitalised name, perhaps after its article ("while the United Arab Emirates downgraded"):
"while" before a place, a participle or "the" and a common noun means during."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _count(text: str, published: str, event_type: str) -> int:
    return sum(1 for e in extract(text, published) if e["event_type"] == event_type)


@pytest.mark.parametrize(
    ("text", "published", "event_type", "count"),
    [
        (
            "Ankara appointed a veteran diplomat as ambassador to Cairo on Monday, while Egypt named "
            "a former deputy minister as its envoy to Ankara.",
            "2021-03-02",
            "appointment",
            2,
        ),
        (
            "Morocco expelled the Algerian consul on Friday, whereas Algeria expelled two Moroccan diplomats.",
            "2021-09-11",
            "sanctions",
            2,
        ),
        (
            "عينت أنقرة الاثنين دبلوماسيا مخضرما سفيرا لدى القاهرة، فيما عينت مصر نائب وزير سابق سفيرا لها في أنقرة.",
            "2021-03-02",
            "appointment",
            2,
        ),
        (
            "قصفت الطائرات الإسرائيلية الجمعة مواقع في جنوب لبنان، فيما قصفت حركة حماس بلدات إسرائيلية بالصواريخ.",
            "2021-09-11",
            "attack",
            2,
        ),
        (
            "Bahrain broke off ties with Iran on Monday, while the United Arab Emirates downgraded its relations with Tehran.",
            "2016-01-05",
            "sanctions",
            2,
        ),
        # "while" before a place, a participle or "the" and a common noun means during: one deed
        (
            "The president appointed a new army chief on Monday, while in Cairo for talks.",
            "2021-03-02",
            "appointment",
            1,
        ),
        (
            "Bahrain broke off ties with Iran on Monday, while the crisis over the embassy attack deepened and ties were cut.",
            "2016-01-05",
            "sanctions",
            1,
        ),
    ],
)
def test_clause_of_contrast_tells_another_deed(text, published, event_type, count):
    assert _count(text, published, event_type) == count
