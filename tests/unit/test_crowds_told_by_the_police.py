"""A crowd that rallied, told by the police ("Police said thousands had rallied outside parliament"),
still rallied: the police is the source, not the crowd; a crowd of police or troops that rallied
is no demonstration."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Police said thousands had rallied outside parliament in Tbilisi on Thursday.",
        "Police said hundreds of students rallied in Tbilisi on Thursday.",
    ],
)
def test_a_rally_the_police_tell_is_a_protest(text):
    found = of_type(extract(text, "2024-03-15"), "protest")
    assert [(e["date"], e["countries"]) for e in found] == [("2024-03-14", ["GEO"])]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of police rallied in Tbilisi on Thursday to secure the vote.",
        "Hundreds of troops rallied near the border in Georgia on Thursday.",
        "Police poured into the streets of Tbilisi on Thursday after the curfew was imposed.",
    ],
)
def test_police_or_troops_rallying_is_no_protest(text):
    assert of_type(extract(text, "2024-03-15"), "protest") == []
