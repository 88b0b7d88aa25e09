"""A place name of several meanings written with the vowel marks of one of them is that one:
«عمّان» (a doubled mim) is the Jordanian capital, «عُمان» (a damma on the ain) the Sultanate,
whatever else the article names; unmarked, the article's countries decide as before (real
resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.places import find_places, load_gazetteer
from events.text.normalize import fold

_PUBLISHED = "2018-06-04"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("اندلعت الاحتجاجات في عمّان أمس.", "Amman"),
        ("اندلعت الاحتجاجات في عَمَّان أمس.", "Amman"),
        ("وصل الوزير إلى عُمان أمس.", "Oman"),
        ("وصل الوزير الإيراني إلى عمّان بعد زيارة مسقط.", "Amman"),
        # unmarked, or in English: as before
        ("وصل الوزير إلى سلطنة عمان أمس.", "Oman"),
        ("Protests broke out in Amman on Sunday.", "Amman"),
    ],
)
def test_the_marks_pick_the_meaning(text, name):
    names = [p.name for p in find_places(text, fold(text), load_gazetteer())]
    assert name in names, names


def test_a_marked_amman_places_the_event_in_jordan():
    found = extract("اندلعت الاحتجاجات في عمّان أمس احتجاجا على قانون الضريبة.", _PUBLISHED)
    assert [(e["event_type"], e["location"]["country"]) for e in found] == [("protest", "JOR")]
