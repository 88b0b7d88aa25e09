"""Arming told by the verb itself: "has armed", "arming", "armed and trained by": the giver of
the weapons is the one named after "by" (من قبل, من جانب: a word of origin, as "from"), and the supply takes
place at the receiver's; "armed with", "armed groups" and arming oneself are no supply."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "giver", "countries"),
    [
        ("Washington, which has armed the Iraqi army for years, urged restraint on Monday.", "USA", {"USA", "IRQ"}),
        ("Iran has been arming the Houthis in Yemen since 2015.", "IRN", {"IRN", "YEM"}),
        ("Turkey armed both the Libyan army and the police last year.", "TUR", {"TUR", "LBY"}),
    ],
)
def test_the_verb_of_arming_is_an_arms_supply(text: str, giver: str, countries: set[str]) -> None:
    found = of_type(extract(text, "2022-06-10"), "aid")
    assert found and found[0]["actor1"] == giver and set(found[0]["countries"]) == countries


def test_the_one_named_after_by_gives() -> None:
    text = "Syrian Kurdish fighters are armed and trained by the United States, officials said on Monday."
    found = of_type(extract(text, "2022-06-10"), "aid")
    assert found and found[0]["actor1"] == "USA" and found[0]["location"]["country"] == "SYR"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("وصلت إلى ليبيا الاثنين شحنة أسلحة مرسلة من قبل تركيا.", "LBY"),
        ("وصلت إلى ليبيا الاثنين شحنة أسلحة مرسلة من جانب تركيا.", "LBY"),
    ],
)
def test_a_supply_named_with_its_giver_after_by_is_where_it_goes(text: str, place: str) -> None:
    found = of_type(extract(text, "2022-06-10"), "aid")
    assert found and found[0]["location"]["country"] == place


@pytest.mark.parametrize(
    "text",
    [
        "Armed groups attacked a village in Yemen on Monday.",
        "The gunmen were armed with rifles when they stormed a hotel in Tripoli on Monday.",
        "Libyan militias are arming themselves ahead of a battle for Tripoli.",
        "Police armed with batons broke up a protest in Algiers on Monday.",
        "هاجمت جماعات مسلحة قرية في اليمن يوم الاثنين.",
    ],
)
def test_armed_as_a_state_is_no_supply(text: str) -> None:
    assert not of_type(extract(text, "2022-06-10"), "aid")
