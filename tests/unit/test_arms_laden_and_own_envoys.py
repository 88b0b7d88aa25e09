"""Aircraft laden with weapons deliver arms, military aid from their state («طائرتان عسكريتان
مصريتان محملتان بأسلحة»; planes loaded with weapons); a state recalling its envoy told by a word
for itself («استدعاء سفير المملكة لدى إسرائيل») recalls its own, no summons of another's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "وصلت إلى مطار مقديشو، الثلاثاء، طائرتان عسكريتان مصريتان محملتان بأسلحة ومعدات عسكرية.",
        "Two Egyptian military planes loaded with weapons landed in Mogadishu on Tuesday.",
    ],
)
def test_aircraft_laden_with_weapons_deliver_arms(text):
    found = of_type(extract(text, "2024-08-28"), "aid")
    assert [(e["date"], set(e["countries"])) for e in found] == [("2024-08-27", {"EGY", "SOM"})], found


@pytest.mark.parametrize(
    ("text", "recalls"),
    [
        ("أعلن وزير الخارجية الأردني أيمن الصفدي، أمس الأربعاء، استدعاء سفير المملكة لدى إسرائيل فوراً.", 1),
        # guard: another state's envoy summoned
        ("استدعت الخارجية الأردنية سفير إسرائيل لدى المملكة أمس الأربعاء.", 0),
    ],
)
def test_an_envoy_told_by_a_word_for_the_caller_is_recalled(text, recalls):
    assert len(of_type(extract(text, "2023-11-02"), "sanctions")) == recalls
