"""Aid told by what was handed over:

- arms delivered are told by what was delivered, missiles and rockets among them ("delivered
  dozens of Hellfire missiles to Iraq"), as drones or tanks delivered are;
- relief handed over to people in need (food rations, food parcels, medical supplies delivered to
  families) is aid given, as food supplied is;
- funds released for people in need or aid released after it was held back ("released $18.5
  million in emergency funds for Gaza", "released the military aid") are aid given; aid workers
  or hostages released, and funds not released, are not.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.resources import load_resources
from events.text.normalize import fold
from events.triggers import find_triggers


def _aid_words(text: str) -> list[str]:
    found = find_triggers(text, fold(text), load_resources().triggers)
    return [text[t.start : t.end] for t in found if t.event_type == "aid" and t.modality == "asserted"]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The United States delivered dozens of Hellfire missiles to Iraq in December.", "delivered"),
        ("Germany delivered anti-tank rockets to the Kurdish forces last month.", "delivered"),
        ("The World Food Programme delivered food rations to 40,000 families in the camps.", "delivered"),
        ("Kuwait delivered hot meals to displaced families in Gaza on Monday.", "delivered"),
        ("The UN released $18.5 million in emergency funds for Gaza this week.", "released"),
        ("Washington released the military aid to Kyiv on Friday.", "released"),
    ],
)
def test_goods_delivered_and_funds_released_are_aid(text: str, word: str) -> None:
    assert word in _aid_words(text), text


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis released two aid workers on Sunday.",
        "The militants released the hostages after aid was promised.",
        "The courier delivered food rations sold by the company to its customers.",
    ],
)
def test_no_aid_in_workers_released_or_goods_sold(text: str) -> None:
    assert not [w for w in _aid_words(text) if w in ("released", "delivered")], text


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        ("The United States delivered dozens of Hellfire missiles to Iraq in December.", "2014-06-11", ["IRQ", "USA"]),
        ("Qatar released $50 million in emergency funds for Gaza on Tuesday.", "2021-05-20", ["PSE", "QAT"]),
    ],
)
def test_delivery_and_release_give_an_aid_event(text: str, published: str, countries: list[str]) -> None:
    found = of_type(extract(text, published), "aid")
    assert found and sorted(found[0]["countries"]) == countries, text
