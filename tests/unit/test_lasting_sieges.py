"""A siege told as lasting since a time is a blockade in force, whoever imposes it: a
sanction dated by its onset, not an assault of the day (data/assembly.json `lasting_sieges`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2018-06-20"


@pytest.mark.parametrize(
    "text",
    [
        "وتحاصر القوات السورية بلدة دوما منذ عام 2016.",
        "ومنذ عام 2016، تفرض القوات السورية حصارا على بلدة دوما.",
        "وتفرض القوات السورية حصارا على بلدة دوما منذ عام 2016.",
        "Syrian government forces have besieged the town of Douma since 2016.",
        "The Syrian army has laid siege to Douma since 2016.",
    ],
)
def test_a_siege_lasting_since_a_year_is_a_blockade(text: str) -> None:
    found = extract(text, PUBLISHED)
    assert of_type(found, "attack") == [], found
    blockades = of_type(found, "sanctions")
    assert [e["date"] for e in blockades] == ["2016"], found
