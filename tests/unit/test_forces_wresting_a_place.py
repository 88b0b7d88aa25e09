"""English forces that wrested a place, told by the forces right before the verb ("Turkish
forces backed by ... factions wrested Afrin"), took it, as «انتزاع قوات تركية ... عفرين» tells;
what is wrested from a side by no forces (concessions, a title) is no attack (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Since Turkish forces backed by pro-Ankara Syrian opposition factions wrested Afrin more than a week ago, "
            "Turkish threats to carry the battle to other areas have been repeated.",
            "2018-03-18",
        ),
        (
            "ومنذ انتزاع قوات تركية مدعومة من فصائل من المعارضة السورية الموالية لأنقرة عفرين قبل أكثر من أسبوع، "
            "تكررت التهديدات التركية بنقل المعركة إلى مناطق أخرى.",
            "2018-03-18",
        ),
        ("Iraqi troops wrested Tal Afar from Islamic State on Thursday.", "2018-03-22"),
        ("انتزعت القوات العراقية تلعفر من تنظيم داعش يوم الخميس.", "2018-03-22"),
    ],
)
def test_forces_wresting_a_place_took_it(text: str, date: str) -> None:
    found = of_type(extract(text, "2018-03-28"), "attack")
    assert date in [e["date"] for e in found], found


@pytest.mark.parametrize(
    "text",
    [
        "The opposition wrested concessions from the government on Monday.",
        "انتزعت المعارضة تنازلات من الحكومة يوم الاثنين.",
        "The rebels' leaders wrested a promise of elections from the president on Monday.",
    ],
)
def test_what_is_wrested_by_no_forces_is_no_attack(text: str) -> None:
    found = of_type(extract(text, "2018-03-28"), "attack")
    assert not found, found
