"""A bare "Congress" is the United States Congress only as a name read in context: in a story
filed from a country with a congress of its own and naming it past the dateline, with no U.S.
name in its sentence, it is that country's congress, which the dictionary does not know
("TEGUCIGALPA, Honduras (AP) — Congress swore in its speaker as interim leader")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "TEGUCIGALPA, Honduras (AP) — Congress swore in its speaker as interim leader on Sunday, hours after "
            "soldiers seized Honduran President Manuel Zelaya.\n\nU.S. President Barack Obama said he was deeply concerned.",
            {"HND"},
        ),
        (
            "LIMA (Reuters) - Congress removed Peruvian President Martin Vizcarra on Monday.\n\n"
            "The U.S. State Department called for calm.",
            {"PER"},
        ),
        # filed from a country whose legislature bears another name, the U.S. Congress stays
        (
            "CARACAS, Venezuela (Reuters) - Congress imposed new sanctions on Venezuelan officials on Monday.",
            {"USA", "VEN"},
        ),
        # the U.S. Congress named with its country, or in a story from Washington, stays the United States'
        ("WASHINGTON (Reuters) - Congress approved new sanctions on Iran on Monday.", {"USA", "IRN"}),
        ("The U.S. Congress approved new sanctions on Iran on Monday.", {"USA", "IRN"}),
    ],
)
def test_a_bare_congress_is_the_home_country_s_in_a_story_filed_there(text: str, countries: set[str]) -> None:
    found = [ev for ev in extract(text, "2020-11-10") if ev["date"] == "2020-11-08" or ev["date"] == "2020-11-09"]
    assert found and all(set(ev["countries"]) == countries for ev in found), found
