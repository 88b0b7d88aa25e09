"""Family and given names that are also towns of the gazetteer (Hassan in India, Bush in Egypt,
Bolton in England, Santos in Brazil) are read as places only with a cue of place: a sentence
about Prince Hassan or President Santos is not placed in India or Brazil."""

from __future__ import annotations

import pytest

from events.places import find_places, load_gazetteer
from events.text.normalize import fold


def _countries(text: str) -> list[str]:
    return [p.country for p in find_places(text, fold(text), load_gazetteer())]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("King Hussein of Jordan stripped his brother Hassan of the title of crown prince.", "IND"),
        ("Bush said the coalition would not stop until the job was done.", "EGY"),
        ("Bolton told reporters that sanctions on Iran would stay.", "GBR"),
        ("Santos met the FARC negotiators in Havana.", "BRA"),
    ],
)
def test_a_name_is_no_town_without_a_cue(text: str, absent: str) -> None:
    assert absent not in _countries(text)


def test_a_cue_of_place_still_finds_the_town() -> None:
    assert "BRA" in _countries("Dockworkers went on strike in the port city of Santos, Brazil's largest port.")
