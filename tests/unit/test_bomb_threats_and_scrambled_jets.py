"""A bomb named as what a threat, a scare or a hoax is about tells no bombing; fighter jets
scrambled were sent up, a show of force in the air (CAMEO 150), not rescuers or airlines
scrambling to do something."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The flight was diverted to Minsk after what Belarus said was a bomb threat on Sunday.",
        "Police evacuated the Istanbul airport terminal on Sunday after a bomb scare.",
        "A bomb hoax on Sunday forced the evacuation of the Turkish parliament.",
        "A bomb disposal squad from the Iraqi army defused the device in Baghdad on Sunday.",
        "Families slept in bomb shelters in Kharkiv on Sunday.",
    ],
)
def test_a_bomb_threat_is_no_bombing(text: str) -> None:
    assert of_type(extract(text, "2021-05-24"), "attack") == []


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded on Sunday in a market in Kabul.",
        "Israeli jets bombed a Hamas compound in Gaza on Sunday.",
        "A car bomb threatened the convoy in Baghdad on Sunday, killing two Iraqi soldiers.",
    ],
)
def test_a_bomb_that_went_off_is_an_attack(text: str) -> None:
    assert [ev["date"] for ev in of_type(extract(text, "2021-05-24"), "attack")] == ["2021-05-23"]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Belarus scrambled a MiG-29 fighter jet on Sunday to escort the Ryanair flight to Minsk.", {"BLR"}),
        ("Turkey scrambled F-16 jets on Sunday to intercept the Russian warplane.", {"TUR", "RUS"}),
        # hostile fire is no fire fought
        ("Israel scrambled fighter jets on Sunday after rocket fire from Lebanon.", {"ISR"}),
    ],
)
def test_scrambled_jets_are_sent(text: str, countries: set[str]) -> None:
    found = of_type(extract(text, "2021-05-24"), "deployment")
    assert [(ev["date"], set(ev["countries"])) for ev in found] == [("2021-05-23", countries)], found


@pytest.mark.parametrize(
    "text",
    [
        "Rescuers scrambled on Sunday to reach survivors of the quake in Turkey.",
        "Airlines scrambled on Sunday to reroute planes away from Belarusian airspace.",
        "Iraqi officials scrambled on Sunday to contain the crisis.",
        "Canada scrambled water bombers and aircraft on Sunday to fight wildfires in British Columbia.",
        "Pakistan scrambled helicopters on Sunday to evacuate flood victims in Sindh.",
        "India scrambled aircraft on Sunday to bring home citizens stranded in Sudan.",
    ],
)
def test_scrambling_to_do_something_sends_nothing(text: str) -> None:
    assert of_type(extract(text, "2021-05-24"), "deployment") == []
