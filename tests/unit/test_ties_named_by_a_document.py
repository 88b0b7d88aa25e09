"""Ties established, restored or normalised by a document, told by a participle right after its
noun (signed a joint communique establishing relations, approved the accord normalising ties;
in Arabic the verbal noun annexed to it: اتفاق إقامة العلاقات), are what the document does: the
event is its signing or its approval, no relations of their own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        (
            "Ministers signed a joint communique establishing full diplomatic relations between Oman and Chad on Sunday.",
            "2021-05-04",
            "agreement",
            "2021-05-02",
        ),
        ("The parliament of Chad on Monday approved the accord establishing relations with Oman.", "2021-05-04", "ratification", "2021-05-03"),
        ("The parliament of Chad on Monday approved the agreement normalising ties with Oman.", "2021-05-04", "ratification", "2021-05-03"),
        ("Oman and Chad on Sunday signed a treaty re-establishing diplomatic relations.", "2021-05-04", "agreement", "2021-05-02"),
        ("صادق البرلمان التشادي أمس الاثنين على اتفاقية تطبيع العلاقات مع سلطنة عمان.", "2021-05-04", "ratification", "2021-05-03"),
        ("وقع وزيرا خارجية عمان وتشاد الأحد اتفاق إقامة علاقات دبلوماسية كاملة بين البلدين.", "2021-05-04", "agreement", "2021-05-02"),
    ],
)
def test_ties_a_document_establishes_are_its_signing_or_approval(text: str, published: str, kind: str, date: str) -> None:
    events = extract(text, published)
    assert of_type(events, "relations") == []
    assert [e["date"] for e in of_type(events, kind)] == [date]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("Oman and Chad established full diplomatic relations on Sunday.", "2021-05-04", "2021-05-02"),
        ("Chad re-established diplomatic relations with Oman on Sunday.", "2021-05-04", "2021-05-02"),
        ("Chad agreed on Sunday to normalise ties with Oman.", "2021-05-04", "2021-05-02"),
        ("أقامت عمان وتشاد علاقات دبلوماسية كاملة يوم الأحد.", "2021-05-04", "2021-05-02"),
    ],
)
def test_ties_established_by_a_verb_stay_relations(text: str, published: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "relations")] == [date]
