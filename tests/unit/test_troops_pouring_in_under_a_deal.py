"""Soldiers who poured into a country were deployed there, no crowd protesting; a deal a deed was
done under gives way to that deed as the sentence's event; a deal "hammered out" was reached."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.resources import load_resources
from events.text.normalize import fold
from events.triggers import find_triggers


def _kinds(text: str) -> list[tuple[str, str, str]]:
    return [(t.event_type, text[t.start : t.end], t.modality) for t in find_triggers(text, fold(text), load_resources().triggers)]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Thousands of American soldiers poured into Haiti on Monday.", {"deployment"}),
        ("Thousands of protesters poured into Tahrir Square on Monday.", {"protest"}),
        ("The deal was hammered out on Sunday by former President Jimmy Carter.", {"agreement"}),
        ("Negotiators hammered out an accord overnight in Dayton.", {"agreement"}),
    ],
)
def test_pouring_in_and_hammering_out(text, kinds):
    assert {k for k, _, m in _kinds(text) if m == "asserted"} >= kinds
    if "deployment" in kinds:
        assert "protest" not in {k for k, _, _ in _kinds(text)}


def test_hammering_out_still_to_come_is_no_deal():
    assert [m for k, _, m in _kinds("Negotiators hope to hammer out a deal by Friday.") if k == "agreement"] != ["asserted"]


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        (
            "PORT-AU-PRINCE, Haiti (AP) - Thousands of American soldiers poured into Haiti on Monday without firing a shot, "
            "landing by helicopter and ship under an agreement struck only hours before an invasion was to begin.",
            "1994-09-20",
            "deployment",
            "1994-09-19",
        ),
        (
            "Egyptian troops entered the Rafah crossing on Sunday in line with an agreement the two sides reached in 2005.",
            "2007-06-18",
            "deployment",
            "2007-06-17",
        ),
    ],
)
def test_a_deed_done_under_a_deal_is_the_sentences_own(text, published, kind, day):
    found = extract(text, published)
    assert day in [e["date"] for e in of_type(found, kind)]
