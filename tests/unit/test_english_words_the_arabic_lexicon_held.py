"""English wordings whose Arabic the lexicon already held: a chargé d'affaires
expelled or recalled, warplanes or warships sent, warships docked at a port,
an envoy sent to a place, arms sales suspended or frozen; and a leader welcomed
in person by a host, which is a reception, as received is, while welcoming a
decision or a statement is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-05-11"  # a Tuesday: "on Monday" is 2021-05-10


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kuwait expelled the Lebanese charge d'affaires on Monday.", "sanctions"),
        ("Tunisia recalled its chargé d'affaires in Tripoli on Monday.", "sanctions"),
        ("Russia sent warplanes to Libya on Monday.", "deployment"),
        ("Egypt sent attack helicopters to Sudan on Monday.", "deployment"),
        ("France sent a submarine to the eastern Mediterranean on Monday.", "deployment"),
        ("Egyptian warships docked in Port Sudan on Monday.", "deployment"),
        ("The Russian flotilla docked at the port of La Guaira in Venezuela on Monday.", "deployment"),
        ("A Russian cruiser docked in Tartus in Syria on Monday.", "deployment"),
        ("Russian warships docked in Havana in Cuba on Monday in a show of solidarity with Cuba.", "deployment"),
        ("Algeria dispatched an envoy to Bamako on Monday.", "visit"),
        ("The Algerian president sent his special envoy to Niamey on Monday.", "visit"),
        ("أوفد الرئيس الجزائري مبعوثا إلى باماكو يوم الاثنين.", "visit"),
        ("Norway suspended arms sales to Turkey on Monday.", "sanctions"),
        ("Denmark froze arms exports to Saudi Arabia on Monday.", "sanctions"),
        ("علقت الدنمارك صفقات الأسلحة مع السعودية يوم الاثنين.", "sanctions"),
        ("The Jordanian king welcomed the Iraqi prime minister in Amman on Monday.", "visit"),
        ("Erdogan welcomed his Azerbaijani counterpart in Ankara on Monday.", "visit"),
    ],
)
def test_the_wording_names_its_event(text, kind):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), kind)] == ["2021-05-10"]


@pytest.mark.parametrize(
    ("told", "everyday"),
    [
        (
            "The Jordanian king welcomed the Iraqi prime minister in Amman on Monday.",
            "The Jordanian king welcomed the Iraqi prime minister's decision on Monday.",
        ),
        (
            "Erdogan welcomed his Azerbaijani counterpart in Ankara on Monday.",
            "Erdogan welcomed his Azerbaijani counterpart's statement on the truce on Monday.",
        ),
    ],
)
def test_a_leader_welcomed_is_received_and_a_decision_welcomed_is_not(told, everyday):
    assert of_type(extract(told, PUBLISHED), "visit")
    assert of_type(extract(everyday, PUBLISHED), "visit") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Global Sumud Flotilla, carrying pro-Palestinian activists, docked in Tunis on Monday.",
        "The Freedom Flotilla docked at the port of Catania in Italy on Monday.",
    ],
)
def test_a_flotilla_of_activists_is_no_deployment(text):
    assert of_type(extract(text, PUBLISHED), "deployment") == []
