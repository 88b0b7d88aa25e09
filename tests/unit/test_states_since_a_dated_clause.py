"""A state in force since a clause closed by its time (a year, a month or a day) began then (a
blockade, ties cut, forces deployed, a person held), at
the precision the clause gives, in English and in Arabic; a comparison ("the toughest sanctions
since the war began on February 24") and a clause with no time keep the publication
(events/assemble/since_clause.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2022-07-23"


def _dates(text: str, event_type: str) -> list[str]:
    return sorted(e["date"] for e in extract(text, PUBLISHED) if e["event_type"] == event_type)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Israel and Egypt have kept a blockade on Gaza since Hamas seized control of the territory in June 2007.", ["2007-06"]),
        ("Russia's navy has blockaded Ukraine's ports since Moscow invaded its neighbour on February 24.", ["2022-02-24"]),
        ("تفرض إسرائيل ومصر حصارا على غزة منذ أن سيطرت حماس على القطاع في يونيو 2007.", ["2007-06"]),
        ("تفرض روسيا حصارا على موانئ أوكرانيا منذ أن غزت موسكو جارتها يوم 24 فبراير.", ["2022-02-24"]),
        # a comparison is no onset
        ("Russia has imposed the toughest sanctions since the war began on February 24.", [PUBLISHED]),
        # no time in the clause
        ("Russia's navy has blockaded Ukraine's ports since Moscow invaded its neighbour.", [PUBLISHED]),
        ("تفرض روسيا حصارا على موانئ أوكرانيا منذ أن غزت موسكو جارتها.", [PUBLISHED]),
    ],
)
def test_a_state_since_a_dated_clause(text, dates):
    assert _dates(text, "sanctions") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a person held since a dated clause was detained then
        ("Myanmar's Suu Kyi has been detained since the army seized power on Feb. 1.", ["2022-02-01"]),
        ("Egypt's Alaa Abd El-Fattah has been held in prison since police arrested him in September 2019.", ["2019-09"]),
        # a comparison is no onset
        ("Iran detained activist Narges Mohammadi, the harshest step since the unrest began in September.", [PUBLISHED]),
    ],
)
def test_a_detention_since_a_dated_clause(text, dates):
    assert _dates(text, "arrest") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # aid given ever since a dated clause began then; a catalogued deed of the clause's year dates it finer
        (
            "Riyadh has been one of Sisi's main backers, giving Egypt billions of dollars in aid since the army ousted "
            "President Mohamed Mursi in 2013.",
            ["2013-07"],
        ),
        ("Gulf states have given Jordan billions of dollars in aid since protests shook Amman in 2018.", ["2018"]),
        ("تقدم السعودية مساعدات لمصر منذ أن عزل الجيش الرئيس محمد مرسي في يوليو 2013.", ["2013-07"]),
    ],
)
def test_aid_since_a_dated_clause(text, dates):
    assert _dates(text, "aid") == dates


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia sent Egypt the largest aid shipment since the war began in 2011.",
        "Saudi Arabia has sent Yemen less aid since the war began in 2015 than before.",
    ],
)
def test_aid_compared_since_a_dated_clause_did_not_begin_then(text):
    found = _dates(text, "aid")
    assert found and not any(d.startswith(("2011", "2015")) for d in found)
