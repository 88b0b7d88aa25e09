"""Talks about a truce are talks, no truce ("Ceasefire talks ... were held in Riyadh", "truce
negotiators met"). A deal a leader backed away from, balked at or shied away from signing was
not signed, as one he refused to sign."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2011-06-05"  # a Sunday


@pytest.mark.parametrize(
    "text",
    [
        "Ceasefire talks between Yemen's government and the tribesmen were held in Riyadh on Saturday.",
        "Ceasefire talks between Yemen's government and the tribesmen collapsed on Saturday.",
        "Truce negotiators from Yemen met in Riyadh on Saturday.",
    ],
)
def test_talks_about_a_truce_are_talks(text: str) -> None:
    found = extract(text, PUBLISHED)
    assert of_type(found, "ceasefire") == []
    assert [e["date"] for e in of_type(found, "meeting")] == ["2011-06-04"]


@pytest.mark.parametrize(
    "text",
    [
        "Saleh has three times backed away from signing a Gulf Arab plan under which he would hand power to his deputy.",
        "Yemen's President Saleh balked at signing the Gulf deal on Sunday.",
        "Yemen's President Saleh shied away from signing the Gulf deal on Sunday.",
    ],
)
def test_a_deal_backed_away_from_is_not_signed(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "agreement") == []


def test_a_deal_signed_is_still_signed() -> None:
    found = of_type(extract("Yemen's President Saleh signed the Gulf deal in Riyadh on Sunday.", PUBLISHED), "agreement")
    assert [e["date"] for e in found] == ["2011-06-05"]


def test_fighters_pulled_back_as_a_truce_took_hold() -> None:
    text = "Hezbollah fighters pulled back from the border as the truce between Israel and Lebanon took hold on Monday."
    assert [e["date"] for e in of_type(extract(text, "2006-08-15"), "ceasefire")] == ["2006-08-14"]

