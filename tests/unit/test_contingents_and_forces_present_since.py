"""A military contingent named by the Maghreb word of the press (تجريدة عسكرية) sent or arrived is
a deployment, as قوات are; forces told present in a place since a time by the verb of being
there (وتتواجد قوات تركية في قطر منذ 2017) are deployed there since then. Not a contingent that
came back, nor refugees or an official staying somewhere."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-03-12"


@pytest.mark.parametrize(
    ("text", "date", "country"),
    [
        ("وأرسل المغرب تجريدة عسكرية إلى الإمارات يوم الاثنين.", "2020-03-09", "ARE"),
        ("ووصلت التجريدة العسكرية المغربية إلى الرياض يوم الاثنين.", "2020-03-09", "MAR"),
        ("وتتواجد قوات تركية في قطر منذ 2017.", "2017", "QAT"),
        ("ويتواجد جنود أمريكيون في قاعدة عين الأسد بالعراق منذ عام 2014.", "2014", "IRQ"),
        ("Turkish troops have been stationed in Qatar since 2017.", "2017", "QAT"),
    ],
)
def test_contingents_sent_and_forces_present_since_are_deployed(text: str, date: str, country: str) -> None:
    found = of_type(extract(text, PUBLISHED), "deployment")
    assert [e["date"] for e in found] == [date] and country in found[0]["countries"], found


@pytest.mark.parametrize(
    "text",
    [
        "ويتواجد آلاف اللاجئين السوريين في لبنان منذ 2011.",
        "ويتواجد الوزير المغربي في باريس منذ الاثنين.",
        "وعادت التجريدة العسكرية المغربية من الإمارات يوم الاثنين.",
        "Thousands of Syrian refugees have been living in Lebanon since 2011.",
    ],
)
def test_no_force_sent(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "deployment") == []
