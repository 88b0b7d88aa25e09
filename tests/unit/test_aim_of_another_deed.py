"""An attack's place is not where the fire of another deed of its sentence was aimed: the verb
of launching that names an aim must not be the word of another event ("struck Hamas positions
in Gaza after rockets were fired at southern Israel" is a strike in Gaza). Fire aimed by the
attack's own verb, or by a verb of launching that is no event of its own, still places it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2017-12-09"


def _places(text: str) -> dict[str, str | None]:
    return {e["trigger"]: (e["location"] or {}).get("country") for e in of_type(extract(text, PUBLISHED), "attack")}


@pytest.mark.parametrize(
    ("text", "trigger", "country"),
    [
        # the strike's place, not the aim of the fire its "after" clause tells
        (
            "Late on Friday, Israeli aircraft struck several Hamas positions in Gaza after rockets were fired at southern Israel.",
            "struck",
            "PSE",
        ),
        (
            "وفي وقت متأخر من يوم الجمعة، قصفت طائرات إسرائيلية مواقع لحماس في غزة بعد أن أطلقت صواريخ على جنوب إسرائيل.",
            "قصفت",
            "PSE",
        ),
        # the fire's own aim
        (
            "Late on Friday, Israeli aircraft struck several Hamas positions in Gaza after rockets were fired at southern Israel.",
            "fired at",
            "ISR",
        ),
        ("Militants in Gaza fired rockets at Israel on Friday.", "fired", "ISR"),
        ("أطلقت الفصائل في غزة صواريخ على إسرائيل يوم الجمعة.", "أطلقت", "ISR"),
        # an attack whose own fire is aimed: there
        (
            "Israeli warplanes carried out raids on Friday, firing missiles at the Gaza Strip.",
            "carried out raids",
            "PSE",
        ),
        ("Houthi forces attacked on Friday, launching drones at Saudi Arabia.", "attacked", "SAU"),
        ("شنت طائرات إسرائيلية غارات يوم الجمعة وأطلقت صواريخ على قطاع غزة.", "شنت", "PSE"),
    ],
)
def test_the_aim_of_another_deed_is_not_the_place(text: str, trigger: str, country: str) -> None:
    assert _places(text)[trigger] == country
