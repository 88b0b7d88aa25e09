"""A blast tearing through or hitting a motorcade or a convoy is a bombing, in English as in
Arabic; a blast through a factory, or a storm through a convoy, is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2005-02-15"  # a Tuesday


def _attacks(text: str) -> list[str]:
    return sorted(e["date"] for e in extract(text, PUBLISHED) if e["event_type"] == "attack")


@pytest.mark.parametrize(
    "text",
    [
        "Hariri died on Monday when an explosion estimated at the equivalent of 1,000 kg of TNT ripped through his motorcade in Beirut.",
        "A massive blast hit the Lebanese prime minister's convoy in Beirut on Monday.",
        "قتل رفيق الحريري يوم الاثنين عندما مزق انفجار ضخم موكبه على الواجهة البحرية في بيروت.",
        "قتل رفيق الحريري يوم الاثنين في انفجار استهدف موكبه في بيروت.",
    ],
)
def test_a_blast_through_a_motorcade_is_an_attack(text):
    assert _attacks(text) == ["2005-02-14"]


@pytest.mark.parametrize(
    "text",
    [
        "A blast ripped through a chemical factory in Beirut on Monday.",
        "A storm tore through the convoy's camp in Lebanon on Monday.",
        "A fire tore through the motorcade's garage in Beirut on Monday.",
    ],
)
def test_no_bombing(text):
    assert _attacks(text) == []
