"""Protesters as the object of a participle of violence that goes on a clause of another deed
("stormed the protest camp, beating demonstrators") name whom that deed befell: the deed is the
event, and the protesters tell none of their own. "Shortly before his announcement" takes the
day of the announcement told before. "Spoke six times with" a leader is a meeting."""

from __future__ import annotations

from test_extraction_support import extract, of_type

PUB = "2019-10-30"

TEXT = (
    "Lebanese Prime Minister Saad Hariri announced the resignation of his government on Tuesday. "
    "Shortly before his announcement, hundreds of men loyal to Hezbollah and Amal stormed the main protest "
    "camp in Beirut, beating demonstrators with sticks and tearing down tents."
)


def test_the_storming_is_the_event() -> None:
    found = extract(TEXT, PUB)
    assert [e["date"] for e in of_type(found, "attack")] == ["2019-10-29"]
    assert of_type(found, "protest") == []


def test_protesters_not_beaten_still_protest() -> None:
    text = "Police stormed the square in Beirut on Tuesday, as thousands of demonstrators chanted against the government."
    assert of_type(extract(text, PUB), "protest") != []


def test_spoke_several_times_with_a_leader() -> None:
    text = "US President Joe Biden spoke three times with Israeli Prime Minister Benjamin Netanyahu on Monday."
    assert [e["date"] for e in of_type(extract(text, "2021-05-18"), "meeting")] == ["2021-05-17"]
