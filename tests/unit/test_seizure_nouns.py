"""A seizure told by its noun after a word of time or cause («إثر سيطرة الفصائل على المعبر»)
happened, as one told by its verb does."""

from __future__ import annotations

from test_extraction_support import extract, of_type


def test_a_seizure_told_by_its_noun_after_a_cause_is_an_attack() -> None:
    text = "وأغلقت السلطات الأردنية المعبر إثر سيطرة فصائل المعارضة السورية على الجانب السوري منه في أبريل 2015."
    found = of_type(extract(text, "2018-07-01"), "attack")
    assert [(e["date"], e["trigger"]) for e in found] == [("2015-04", "إثر سيطرة")], found
