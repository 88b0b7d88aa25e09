"""What a crowd rallied "to denounce" or "to protest against" is what it protested, a circumstance
of the rally, as «تنديدا بالعقوبات» is in Arabic: the sentence tells the rally, which the word of
the sanctions denounced no longer displaces; sanctions told before keep their own day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of people rallied in Bamako on Jan. 14 to denounce the sanctions, answering a call by the junta.",
        "Thousands of people rallied in Bamako on Jan. 14 to protest against the sanctions.",
        "Thousands of people rallied in Bamako on Jan. 14 in protest of the sanctions.",
        "تظاهر آلاف الأشخاص في باماكو في 14 يناير تنديدا بالعقوبات.",
    ],
)
def test_the_rally_is_told_beside_what_it_denounced(text):
    events = extract(text, "2022-01-31")
    protests = [(e["date"], (e["location"] or {}).get("country")) for e in events if e["event_type"] == "protest"]
    assert protests == [("2022-01-14", "MLI")], events


def test_sanctions_imposed_on_their_own_day_stay():
    text = "ECOWAS imposed sanctions on Mali on Jan. 9. Thousands of people rallied in Bamako on Jan. 14 to denounce the sanctions."
    events = extract(text, "2022-01-31")
    assert sorted((e["event_type"], e["date"]) for e in events) == [("protest", "2022-01-14"), ("sanctions", "2022-01-09")], events
