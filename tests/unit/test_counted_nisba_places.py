"""A country name in يا that is the indefinite accusative of its nisba, after a noun a number
counts or with its own tanween ("بينهم 78 جندياً تركيا", "ضابطاً روسياً": Turkish, Russian), is an
adjective, no place; the name after an adverb ("زار أيضاً تركيا") still is."""

from __future__ import annotations

import pytest

from events.places import find_places, load_gazetteer
from events.text.normalize import fold


def _countries(text: str) -> list[str]:
    return [p.country for p in find_places(text, fold(text), load_gazetteer())]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("وقتل في الاشتباكات 12 جندياً تركيا ومسلحون أكراد.", []),
        ("وأصيب في الهجوم 3 مستشارين، بينهم ضابطاً روسياً.", []),
        ("وأسر المسلحون 5 مهندسا سوريا قرب الحدود مع لبنان.", ["LBN"]),
    ],
)
def test_a_counted_nisba_is_no_place(text, countries):
    assert _countries(text) == countries
    assert _countries("كما زار الوزير أيضاً تركيا وروسيا.") == ["TUR", "RUS"]
