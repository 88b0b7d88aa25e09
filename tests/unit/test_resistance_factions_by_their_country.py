"""'Resistance factions' (فصائل المقاومة) is a name the Palestinian armed factions of Gaza and
the Iraqi ones share: it names the factions of the country the article names (Hamas, the
Palestinians: Palestine; the Iraqi government: Iraq), the nearest in its sentence when both are
named, and no country in an article of neither; the full names (فصائل المقاومة الفلسطينية،
فصائل المقاومة في غزة، Iraqi resistance factions) name their country anywhere."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "country", "not_country"),
    [
        ("قالت حماس إن فصائل المقاومة أطلقت صواريخ على إسرائيل أمس.", "PSE", "IRQ"),
        ("Hamas said on Monday that resistance factions fired dozens of rockets at Israeli towns.", "PSE", "IRQ"),
        ("أطلقت فصائل المقاومة في غزة صواريخ على إسرائيل أمس.", "PSE", "IRQ"),
        ("Palestinian resistance factions fired rockets at Israel on Monday.", "PSE", "IRQ"),
        ("قالت الحكومة العراقية إن فصائل المقاومة هاجمت قاعدة عين الأسد بطائرات مسيرة أمس.", "IRQ", "PSE"),
        (
            "The Iraqi government said resistance factions attacked Ain al-Asad base with drones on Monday.",
            "IRQ",
            "PSE",
        ),
        ("أعلنت فصائل المقاومة العراقية أمس استهداف قاعدة حرير بطائرة مسيرة.", "IRQ", "PSE"),
    ],
)
def test_resistance_factions_are_of_the_country_named(text, country, not_country):
    (event,) = of_type(extract(text, "2018-05-01"), "attack")
    assert country in event["countries"] and not_country not in event["countries"], event["countries"]


@pytest.mark.parametrize(
    "text",
    [
        # neither Palestine nor Iraq named: the factions are nobody's
        "هاجمت فصائل المقاومة قاعدة أمريكية بطائرات مسيرة أمس.",
        "Resistance factions attacked a US base with drones on Monday.",
        # a Lebanese story: not the Palestinian factions
        "قال حزب الله إن فصائل المقاومة هاجمت موقعا للجيش الإسرائيلي أمس.",
    ],
)
def test_resistance_factions_of_no_country_named_give_none(text):
    for event in extract(text, "2018-05-01"):
        assert not {"PSE", "IRQ"} & set(event["countries"]), event["countries"]
