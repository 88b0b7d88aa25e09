"""Violence begun or done that the English lexicon lacked: a rebellion or a mutiny that broke out,
rebels who took up arms, militias that went on a rampage and Islamists who drove a side out of a town
are attacks; a vow or a call to take up
arms, fans on a rampage, a revolt of lawmakers or of a team, and Islamists driving members out of an
assembly are not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date", "country"),
    [
        ("A Tuareg rebellion broke out in northern Mali in January.", "2012-05-01", "2012-01", "MLI"),
        ("Albanian rebels took up arms in Macedonia in February.", "2001-03-01", "2001-02", "MKD"),
        ("Army-backed militias went on a rampage in East Timor in September, burning homes.", "1999-10-01", "1999-09", "TLS"),
        ("The Islamists then turned on their former allies, driving the MNLA out of Gao in June.", "2012-07-01", "2012-06", "MLI"),
    ],
)
def test_violence_begun_or_done_is_an_attack(text: str, published: str, date: str, country: str) -> None:
    found = of_type(extract(text, published), "attack")
    assert [(e["date"], country in e["countries"]) for e in found] == [(date, True)], found


@pytest.mark.parametrize(
    "text",
    [
        "The rebels in northern Mali vowed to take up arms if talks failed.",
        "Tuareg rebels in Mali threatened to take up arms again.",
        "Football fans went on a rampage in Cairo after the match.",
        "A rebellion broke out among backbench MPs in Mali's ruling party on Tuesday.",
        "A mutiny broke out among players of Mali's national team in Brazil on Tuesday.",
        "Mali's Islamists pushed the constitution through in December, driving secular members from the assembly.",
    ],
)
def test_no_attack_told(text: str) -> None:
    assert not of_type(extract(text, "2012-05-01"), "attack")
