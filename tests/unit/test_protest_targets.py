"""A place named as what a protest or its chants are against ("هتافات معادية لواشنطن", "rallied
against Washington") is the side protested against, not where the crowd gathered
(data/assembly.json `protest_targets`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "وكان آلاف الإيرانيين قد تجمعوا أمس الأحد أمام مبنى السفارة الأميركية السابقة في طهران، "
            "مرددين هتافات معادية لواشنطن.",
            "IRN",
        ),
        ("تظاهر آلاف الأردنيين في عمان أمس، مرددين شعارات مناهضة لإسرائيل.", "JOR"),
        ("Thousands of Iranians rallied in Tehran on Sunday, chanting slogans hostile to Washington.", "IRN"),
        ("Thousands of Jordanians marched in Amman on Sunday, chanting against Israel.", "JOR"),
        # where the crowd gathered, named after the target, stays the place
        ("تظاهر الآلاف ضد الحكومة أمس في بغداد.", "IRQ"),
    ],
)
def test_what_a_protest_is_against_is_not_its_place(text: str, country: str) -> None:
    found = of_type(extract(text, "2018-11-05"), "protest")
    assert [(e["location"] or {}).get("country") for e in found] == [country]



@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Hundreds of Jordanians protested on Friday against Israel.", "JOR"),
        ("تظاهر آلاف الأردنيين أمس ضد إسرائيل.", "JOR"),
    ],
)
def test_a_target_alone_is_not_the_place(text: str, country: str) -> None:
    found = of_type(extract(text, "2019-08-10"), "protest")
    assert [(e["location"] or {}).get("country") for e in found] == [country]
