"""An English family name that is also a town of a far country (Rodriguez, a town of the
Philippines) names the person when the article writes it after a given name ("Cuban Foreign
Minister Bruno Rodriguez"): neither a place nor a party of the events told with it."""

from __future__ import annotations

from test_extraction_support import extract, of_type

_TEXT = (
    "WASHINGTON, July 20 — Cuba raised its flag over its embassy in Washington on Monday. Cuban Foreign Minister "
    "Bruno Rodriguez, leading a delegation of about 30 officials, watched as the flag was hoisted.\n"
    "Rodriguez later held talks with Secretary of State John Kerry at the State Department, the first visit "
    "there by a Cuban foreign minister in decades."
)


def test_a_family_name_written_after_a_given_name_is_no_town() -> None:
    found = extract(_TEXT, "2015-07-20")
    assert all("PHL" not in e["countries"] for e in found)
    assert of_type(found, "visit")


def test_a_town_named_alone_stays_a_place() -> None:
    text = "Typhoon relief teams were deployed to Rodriguez, east of Manila, on Monday, the Philippine army said."
    found = extract(text, "2015-07-20")
    assert any((e.get("location") or {}).get("name") == "Rodriguez" for e in found)
