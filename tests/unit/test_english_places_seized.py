"""A place seized by fighters, rebels, troops or forces is taken, an attack (CAMEO 192), in English
whatever names the place ("The Houthis seized Sanaa in September"), as the Arabic verb of taking
control tells it with any place after على («سيطر الحوثيون على صنعاء»); not weapons, goods, ships,
suspects, power or an opportunity seized, nor a seizure only threatened or sought."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2015-03-26"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The Houthis seized Sanaa in September.", "2014-09"),
        ("Islamic State fighters seized Ramadi on Sunday.", "2015-03-22"),
        ("Yemen's civil war has raged since late 2014, when the Houthis and forces allied to them seized the northwestern parts of the country.", "2014"),
        ("سيطر الحوثيون على صنعاء في سبتمبر.", "2014-09"),
        ("سيطر مسلحو تنظيم الدولة على مدينة الرمادي يوم الأحد.", "2015-03-22"),
    ],
)
def test_a_place_seized_by_fighters_is_taken(text: str, date: str) -> None:
    found = of_type(extract(text, PUBLISHED), "attack")
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    "text",
    [
        "Police seized weapons in Sanaa on Sunday.",
        "Troops seized a cache of arms in Aden on Sunday.",
        "Troops seized two suspects in Aden on Sunday.",
        "The Houthis seized the opportunity in Sanaa on Sunday.",
        "The Houthis would seize Aden if the talks failed, officials said.",
        "Customs seized a tanker off Yemen on Sunday.",
        "ضبطت قوات الأمن أسلحة في عدن يوم الأحد.",
    ],
)
def test_things_seized_are_no_attack(text: str) -> None:
    assert not of_type(extract(text, PUBLISHED), "attack")
