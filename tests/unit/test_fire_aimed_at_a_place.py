"""Fire aimed at a place by a preposition of its target (at, on, against, على، ضد) after a verb of
launching (fired, launched, أطلق، شن): the place named within a few words after it is the attack's
place, not the place of its doers named before ("Militants in Gaza fired rockets at Israel",
"أطلقت الفصائل في غزة صواريخ على إسرائيل"), which stays one of its sides. A state's adjective
there ("fired at Turkish positions") tells whose the target was, not where it stood: the sentence's
place stays the attack's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MAY = "2021-05-12"


@pytest.mark.parametrize(
    ("text", "location", "countries"),
    [
        ("Militants in Gaza fired rockets at Israel on Monday, officials said.", "ISR", {"ISR", "PSE"}),
        ("Gaza militants fire rockets at Israel on Monday.", "ISR", {"ISR", "PSE"}),
        ("أطلقت الفصائل في غزة صواريخ على إسرائيل يوم الاثنين.", "ISR", {"ISR", "PSE"}),
        ("Rebels in Idlib fired mortars at Turkey on Monday.", "TUR", {"SYR", "TUR"}),
    ],
)
def test_fire_aimed_at_a_place_is_placed_there(text, location, countries):
    found = of_type(extract(text, MAY), "attack")
    assert len(found) == 1, found
    assert found[0]["location"]["country"] == location, found
    assert set(found[0]["countries"]) == countries, found


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Russian troops in Syria fired at Turkish positions on Monday.", "SYR"),
        ("Militants fired rockets at US forces in Iraq on Friday.", "IRQ"),
        ("شنت الطائرات الإسرائيلية غارات على قطاع غزة يوم الاثنين.", "PSE"),
        ("أطلقت قوات الأمن النار على المتظاهرين في بغداد يوم الاثنين.", "IRQ"),
    ],
)
def test_a_target_named_by_its_side_or_in_place_keeps_the_place(text, location):
    found = of_type(extract(text, MAY), "attack")
    assert len(found) == 1, found
    assert found[0]["location"]["country"] == location, found
