"""A change of office is placed in the state whose office it is when the sentence names another
state only as a side or as the setting of another clause (events/assemble/holders_homes.py); a
city named, or a country named after "in" in the event word's own clause, stays its place."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        (
            "Yemeni President Ali Abdullah Saleh was in Saudi Arabia on Sunday receiving treatment, "
            "and Vice President Abd-Rabbu Mansour Hadi took over as acting leader.",
            "2011-06-05",
            "YEM",
        ),
        ("Ties between Egypt and Israel have cooled since Hosni Mubarak was forced to step down in February.", "2011-09-01", "EGY"),
        (
            "Maduro was sworn in for a second term on Jan. 10 after an election which the United States rejected as fraudulent.",
            "2019-01-24",
            "VEN",
        ),
        # the country of the office named in the event word's clause, or a city: where it was done
        ("Yemen's President Hadi was sworn in in Saudi Arabia on Sunday.", "2011-06-05", "SAU"),
        ("Yemen's President Hadi appointed a new cabinet in Riyadh on Sunday.", "2011-06-05", "SAU"),
        # an envoy's post is no office of the holder's state
        ("Tony Blair was named Quartet envoy to Israel and the Palestinians on Wednesday.", "2007-06-28", "ISR"),
    ],
)
def test_a_change_of_office_in_its_holders_land(text: str, published: str, country: str) -> None:
    found = of_type(extract(text, published), "appointment")
    assert [(e.get("location") or {}).get("country") for e in found] == [country], found

