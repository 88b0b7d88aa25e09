"""A catalogued event whose sentence names no place of its countries takes place where the catalog says (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "where"),
    [
        (
            "وبشأن اتهام السعودية لقطر باغتيال الشهيد شكري بلعيد، بالتعاون مع النهضة، قال الوريمي إن الحركة تطالب بكشف الحقيقة.",
            "2017-06-12",
            "TUN",
        ),
        (
            "As for Saudi Arabia's accusation that Qatar was behind the assassination of Chokri Belaid, the party demanded the truth.",
            "2017-06-12",
            "TUN",
        ),
        # the country named as the party that struck is not the place
        (
            "وقال المرصد إن مفاوضات تجري مع الجانب التركي للسماح بدخول قافلة المهجرين إلى المناطق التي نفذت "
            "فيها تركيا عمليتها العسكرية المسماة درع الفرات.",
            "2018-04-03",
            "SYR",
        ),
    ],
)
def test_the_catalog_places_the_event(text, published, where):
    event = next(e for e in extract(text, published) if e["reference_id"] is not None)
    assert event["location"]["country"] == where, event


@pytest.mark.parametrize(
    ("text", "where", "countries"),
    [
        # the catalog's place, not the newsroom's city, and one of the deed's countries
        (
            "KABUL, Feb 29 (Reuters) - The United States signed an agreement with the Taliban on Saturday that could "
            "lead to the withdrawal of all foreign troops from Afghanistan.",
            "QAT",
            {"USA", "AFG", "QAT"},
        ),
        (
            "كابول - وقعت الولايات المتحدة اتفاقا مع حركة طالبان، السبت، قد يؤدي إلى انسحاب القوات الأجنبية من أفغانستان.",
            "QAT",
            {"USA", "AFG", "QAT"},
        ),
        # a deed the catalog does not know is still placed by the dateline's city
        ("KABUL, Feb 29 (Reuters) - The United States signed a trade agreement with Afghanistan on Saturday.", "AFG", {"USA", "AFG"}),
    ],
)
def test_a_catalogued_deed_of_the_lead_is_where_the_catalog_says(text, where, countries):
    (event,) = [e for e in extract(text, "2020-02-29") if e["event_type"] == "agreement"]
    assert (event["location"] or {}).get("country") == where
    assert set(event["countries"]) == countries
