"""An Arabic event word joined by و to another one of a body's name ("المفوضية العليا المستقلة
للانتخابات والاستفتاء") is part of that name too, no vote of its own: the vote is the one the
sentence tells held ("في الاستفتاء الذي جرى يوم الاثنين"), on its own day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "told"),
    [
        (
            "أعلنت المفوضية العليا المستقلة للانتخابات والاستفتاء في إقليم كردستان العراق، مساء أمس الأربعاء، أن 92 "
            "في المئة من المقترعين صوتوا بنعم في الاستفتاء الذي جرى يوم الاثنين.",
            "2017-09-28",
            [("election", "2017-09-25")],
        ),
        ("أعلنت الهيئة العليا المستقلة للانتخابات والاستفتاء أمس موعد الانتخابات البلدية المقبلة في تونس.", "2017-09-28", []),
        # a masculine body (المجلس الأعلى للانتخابات) names no vote either: the one held is told, on its day
        (
            "أعلن رئيس المجلس الأعلى للانتخابات في تركيا فوز أردوغان في جولة الإعادة من الانتخابات الرئاسية "
            "التي جرت أمس الأحد.",
            "2023-05-29",
            [("election", "2023-05-28")],
        ),
        # a bare definite event word after a body and its adjective is the verb's object, no part of the name
        ("رام الله - أيد المجلس الوطني الاحتجاجات الشعبية التي خرجت أمس في رام الله.", "2023-05-29", [("protest", "2023-05-28")]),
        # two votes joined outside any name are still told
        ("شارك الآلاف في الانتخابات والاستفتاء الذي جرى يوم الاثنين في العراق.", "2017-09-28", [("election", "2017-09-25")]),
    ],
)
def test_the_name_s_second_word_is_no_vote(text: str, published: str, told: list[tuple[str, str]]) -> None:
    assert [(e["event_type"], e["date"]) for e in extract(text, published)] == told
