"""An English town name that is part of a longer name, a district's after "the" ("the Medina
district" of Mogadishu) or one opened by a capitalised word and a lower-case particle ("Mocimboa
da Praia"), names no town of its own when the article names no country of the town the gazetteer
knows by that name; where it does, the town stays."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _countries(text: str) -> set[str]:
    return {c for e in extract(text, "2017-10-18") for c in e["countries"]}


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        (
            "A truck bomb exploded in Mogadishu on Saturday. A second bomb went off in the Medina district "
            "the same afternoon, killing two people.",
            "SAU",
            "SOM",
        ),
        ("Islamist insurgents attacked the port town of Mocimboa da Praia in northern Mozambique on Tuesday.", "CPV", "MOZ"),
    ],
)
def test_a_name_inside_a_longer_name_is_no_town(text, absent, present):
    found = _countries(text)
    assert absent not in found and present in found, found


@pytest.mark.parametrize(
    "text",
    [
        # guards: the town in an article naming its country; a name with no particle or district noun
        "Saudi police detained activist Salman al-Odah in the Medina district of Saudi Arabia on Saturday.",
        "Gunmen attacked a mosque in Medina on Saturday, Saudi officials said.",
    ],
)
def test_the_town_stays_where_its_country_is_named(text):
    assert "SAU" in _countries(text)
