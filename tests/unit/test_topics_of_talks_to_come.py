"""An event word after a verb of reviewing (review, استعرض) or a verbal noun of discussing
with the ل of purpose (لبحث، لمناقشة: to discuss) is a topic talked about, not an event of the
day: with no date or catalog entry of its own it makes none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وأعلن الرئيس أن وزير الدفاع سيجتمع مع مسؤول عراقي لبحث العملية العسكرية العراقية في المنطقة.", "2018-03-28"),
        ("وقال الوزير إن الوفد سيلتقي مسؤولين سوريين لمناقشة العملية العسكرية في ريف حلب.", "2018-03-28"),
        ("The president said the defence minister would meet an Iraqi official to review the Iraqi military operation in the area.", "2018-03-28"),
        ("Iraqi commanders are reviewing the military operation in Sinjar, the army said.", "2018-03-28"),
    ],
)
def test_an_operation_to_be_talked_about_is_no_attack(text: str, published: str) -> None:
    found = of_type(extract(text, published), "attack")
    assert found == [], [(e["trigger"], e["date"]) for e in found]
