"""A family name of an introduced person stands for that person wherever the article names it
again: as an object before a preposition, before a verb in the present or a time."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

GABON = "Gabonese opposition leader Albert Ondo Ossa lost the election in August. "


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (GABON + "French police arrested Ossa at a hotel in Paris on Tuesday.", "arrest"),
        (GABON + "French police detained Ossa in Paris on Tuesday.", "arrest"),
    ],
)
def test_a_later_family_name_keeps_its_country(text, kind):
    found = of_type(extract(text, "2023-09-06"), kind)
    assert found and "GAB" in found[0]["countries"]
