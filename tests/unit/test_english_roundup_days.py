"""An English article that opens on a plural noun of an event type dated to a day rounds up the
deeds of that day: a later deed of the type told by a verb in the past with no time word of its
own is one of them, on the lead's day; one told in the pluperfect is not."""

from __future__ import annotations

from test_extraction_support import extract, of_type

PUB = "2023-02-08"

LEAD = (
    "Aid flights from across the Arab world landed in Turkey and Syria yesterday as rescuers raced to pull "
    "survivors from the rubble of Monday's earthquakes.\n\n"
)


def _aid_dates(text: str) -> dict[str, str]:
    found = of_type(extract(text, PUB), "aid")
    return {next(c for c in e["countries"] if c not in ("TUR", "SYR")): e["date"] for e in found if set(e["countries"]) - {"TUR", "SYR"}}


def test_a_deed_of_the_roundup_takes_the_lead_s_day() -> None:
    text = LEAD + "Iraq flew planeloads of fuel and medical supplies to Damascus and Aleppo."
    assert _aid_dates(text) == {"IRQ": "2023-02-07"}


def test_a_deed_in_the_pluperfect_does_not() -> None:
    text = LEAD + "Iraq had flown planeloads of fuel and medical supplies to Damascus and Aleppo."
    assert _aid_dates(text).get("IRQ") != "2023-02-07"


def test_no_roundup_lead_no_lead_day() -> None:
    text = (
        "Turkey's death toll from the earthquakes rose to 11,000 yesterday.\n\n"
        "Iraq flew planeloads of fuel and medical supplies to Damascus and Aleppo."
    )
    assert _aid_dates(text).get("IRQ") != "2023-02-07"


def test_an_attack_after_a_lead_of_strikes_keeps_its_own_day() -> None:
    text = (
        "Israeli missile strikes targeted army positions around Damascus late on Sunday, killing nine fighters. "
        "Syrian air defences intercepted missiles over Damascus."
    )
    found = of_type(extract(text, "2021-02-15"), "attack")
    assert {e["date"] for e in found} == {"2021-02-14", "2021-02-15"}
