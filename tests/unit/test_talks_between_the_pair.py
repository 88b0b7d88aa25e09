"""A deed told "between the two countries" right after its word, in a sentence naming another
country (its host), was between the pair told before: "Iraq had hosted talks between the two
countries" is a meeting of Saudi Arabia and Iran in Iraq, not Iraq's alone. A sentence naming two
countries of its own keeps them; with no pair told before, nothing is added."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

DEAL_EN = "Saudi Arabia and Iran agreed on March 10 to restore diplomatic relations. "
DEAL_AR = "اتفقت السعودية وإيران في العاشر من مارس على استئناف العلاقات الدبلوماسية. "


@pytest.mark.parametrize(
    ("text", "date", "countries"),
    [
        (DEAL_EN + "Iraq had hosted five rounds of talks between the two countries since April 2021.", "2021-04", {"SAU", "IRN", "IRQ"}),
        (DEAL_EN + "Iraq had hosted 5 rounds of talks between the two countries since April 2021.", "2021-04", {"SAU", "IRN", "IRQ"}),
        (DEAL_EN + "Oman hosted talks between them in 2022.", "2022", {"SAU", "IRN", "OMN"}),
        (DEAL_AR + "وكان العراق قد استضاف خمس جولات من المحادثات بين البلدين منذ أبريل 2021.", "2021-04", {"SAU", "IRN", "IRQ"}),
        (DEAL_AR + "واستضافت سلطنة عمان محادثات بين الجانبين عام 2022.", "2022", {"SAU", "IRN", "OMN"}),
    ],
)
def test_talks_between_the_two_countries_are_the_pairs(text, date, countries):
    found = of_type(extract(text, "2023-06-06"), "meeting")
    assert any(e["date"] == date and set(e["countries"]) == countries for e in found), found


@pytest.mark.parametrize(
    ("text", "date", "countries"),
    [
        # the sentence names the two countries itself
        (DEAL_EN + "Turkey and Qatar held talks on trade between the two countries in 2022.", "2022", {"TUR", "QAT"}),
        ("وعقدت تركيا وقطر محادثات بين البلدين عام 2022 في الدوحة.", "2022", {"TUR", "QAT"}),
        # no pair told before: the host alone
        ("Iraq had hosted five rounds of talks between the two countries since April 2021.", "2021-04", {"IRQ"}),
    ],
)
def test_without_a_pair_before_or_with_names_of_its_own(text, date, countries):
    found = of_type(extract(text, "2023-06-06"), "meeting")
    assert any(e["date"] == date and set(e["countries"]) == countries for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "India and Pakistan exchanged fire across the border on Wednesday. "
        "Hundreds protested against the violence between the two countries in London on Thursday.",
        "تبادلت الهند وباكستان إطلاق النار عبر الحدود يوم الأربعاء. وتظاهر مئات في لندن يوم الخميس تنديدا بالعنف بين البلدين.",
    ],
)
def test_a_deed_not_done_together_keeps_its_own_country(text):
    found = [e for e in extract(text, "2020-01-14") if e["event_type"] == "protest"]
    assert [set(e["countries"]) for e in found] == [{"GBR"}], found
