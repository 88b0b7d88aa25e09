"""Sides that agreed to restore their ties, told as doing it in a deal named after the
restoration ("..., in a deal brokered by China", "في اتفاق برعاية صينية"): two events of one
day, the ties restored by their agreement and the deal that holds it. With no noun of the deal, the agreed restoration alone is the sentence's
event. The deal told again in a later sentence with the city where it was made ("The agreement
was announced ... after talks in Beijing") places it there."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

DAY = "2023-03-11"
LEAD_EN = (
    "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations and reopen their embassies "
    "within two months, in a deal brokered by China."
)
LEAD_AR = "اتفقت السعودية وإيران الجمعة على استئناف العلاقات الدبلوماسية وإعادة فتح السفارتين، في اتفاق برعاية صينية."


@pytest.mark.parametrize("text", [LEAD_EN, LEAD_AR])
def test_ties_agreed_in_a_deal_are_restored_and_the_deal_made(text):
    found = extract(text, DAY)
    assert [e["date"] for e in of_type(found, "relations")] == ["2023-03-10"]
    assert {"SAU", "IRN"} <= set(of_type(found, "relations")[0]["countries"])
    deals = of_type(found, "agreement")
    assert len(deals) == 1
    assert deals[0]["date"] == "2023-03-10"
    assert {"SAU", "IRN"} <= set(deals[0]["countries"])


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations.",
        "اتفقت السعودية وإيران الجمعة على استئناف العلاقات الدبلوماسية.",
    ],
)
def test_ties_agreed_with_no_deal_named_stay_restored(text):
    found = extract(text, DAY)
    assert len(of_type(found, "relations")) == 1
    assert of_type(found, "agreement") == []


@pytest.mark.parametrize(
    "text",
    [
        LEAD_EN + " The agreement was announced in a joint statement after talks in Beijing.",
        "اتفقت السعودية وإيران الجمعة على استئناف العلاقات الدبلوماسية، في اتفاق برعاية صينية. "
        "وأعلن الاتفاق في بيان مشترك عقب محادثات في بكين.",
    ],
)
def test_the_deal_told_again_with_its_city_is_placed_there(text):
    found = extract(text, DAY)
    assert len(of_type(found, "relations")) == 1
    deals = of_type(found, "agreement")
    assert len(deals) == 1
    assert {"SAU", "IRN"} <= set(deals[0]["countries"])
    assert (deals[0]["location"] or {}).get("country") == "CHN"
