"""Mends after a review: an undated oath is another person's unless it names the dated oath's
person again; shops shut beside an air strike or a threatened strike are no strike held; the
break-up of Yugoslavia names no Serbia; "in that" may join a clause, while "in that town" is a
demonstrative."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.actors import find_actors
from events.resources import load_resources
from events.text.normalize import fold


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Kenya's Chief Justice was sworn in on Friday. President Uhuru Kenyatta was sworn in for a second term "
            "at a stadium in Nairobi.",
            ["2020-01-10", "2020-01-12"],
        ),
        ("The new Iraqi president was sworn in on Monday. The new Iraqi prime minister was sworn in before parliament.", ["2020-01-06", "2020-01-12"]),
        ("Somalia's new president was sworn in on Thursday in Mogadishu. Somali lawmakers were sworn in at a ceremony in the capital.", ["2020-01-09", "2020-01-12"]),
    ],
)
def test_an_undated_oath_of_another_person_stays(text, dates):
    assert sorted(e["date"] for e in of_type(extract(text, "2020-01-12"), "appointment")) == dates


@pytest.mark.parametrize(
    "text",
    [
        "Shops closed on Monday in Srinagar as Indian troops carried out a strike on militant hideouts.",
        "Shops and businesses closed in Gaza City on Monday after Israeli air strikes killed three people.",
        "Markets closed in Tehran on Monday after the rial plunged, and traders in Iran said they would strike if nothing changed.",
    ],
)
def test_shops_shut_beside_an_air_strike_are_no_strike_held(text):
    assert of_type(extract(text, "2019-04-30"), "protest") == []


@pytest.mark.parametrize(
    "text",
    [
        "Croatian forces launched an offensive on Friday to retake the Krajina region, the largest operation since the breakup of Yugoslavia.",
        "The tribunal for the former Yugoslavia in The Hague convicted a Croatian general on Friday.",
        "شنت القوات الكرواتية هجوما يوم الجمعة هو الأكبر منذ تفكك يوغوسلافيا.",
    ],
)
def test_the_break_up_of_yugoslavia_names_no_serbia(text):
    assert "SRB" not in [a.country for a in find_actors(text, fold(text), load_resources().actors)]


def test_in_that_may_join_a_clause_of_another_deed():
    found = extract("Protests were significant in that security forces killed 20 demonstrators in Baghdad in October.", "2020-01-12")
    assert "2019-10" not in [e["date"] for e in of_type(found, "protest")]


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        ("Israeli troops shot dead two Palestinians in that town on Friday, the health ministry said.", "attack", "2020-01-10"),
        ("Algerian police detained 12 activists for that protest on Saturday in Algiers.", "arrest", "2020-01-11"),
    ],
)
def test_in_that_before_a_noun_is_a_demonstrative(text, kind, date):
    assert date in [e["date"] for e in of_type(extract(text, "2020-01-12"), kind)]
