"""A person the dictionary does not know, introduced with a country's adjective, a title and a
full name, is of that country when named again by the family name alone; "won a second term" is
an election; "that September" dates its own clause; a transition to elections is still to come."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.actors import find_actors
from events.introduced_persons import introduced_persons
from events.resources import load_resources
from events.text.normalize import fold

LEAD = "BAMAKO (Reuters) - Malian President Ibrahim Boubacar Keita announced his resignation on Tuesday.\n\n"


def _countries_named(text: str) -> list[tuple[str, str | None]]:
    found = introduced_persons(text, find_actors(text, fold(text), load_resources().actors))
    return [(a.text, a.country) for a in found]


TAJIK = "DUSHANBE (AFP) - Tajik President Imomali Rakhmonov signed a peace accord on Friday.\n\n"


@pytest.mark.parametrize(
    ("text", "named", "absent"),
    [
        (TAJIK + "Rakhmonov, who was elected in 1994, first met Nuri in Kabul.", ("Rakhmonov", "TJK"), None),
        (TAJIK + "Later, President Rakhmonov spoke on television.", ("Rakhmonov", "TJK"), None),
        ("The embattled Georgian President Eduard Shevardnadze resigned. Shevardnadze had ruled since 1992.", ("Shevardnadze", "GEO"), None),
        # part of another name, or a street named after someone
        (TAJIK + "Officials met on Rakhmonov Avenue.", None, "Rakhmonov"),
        (TAJIK + "Uzbek Deputy Minister Ali Rakhmonov also spoke. Rakhmonov said he was shocked.", None, "Rakhmonov"),
        # named before the introduction
        ("Rakhmonov spoke first. Tajik President Imomali Rakhmonov then signed the accord.", None, "Rakhmonov"),
    ],
)
def test_a_family_name_after_an_introduction_names_its_country(text, named, absent):
    found = _countries_named(text)
    later = [(t, c) for t, c in found if t == (named or (absent, None))[0] and c is not None]
    if named is not None:
        assert named in later
    else:
        assert later == []


def test_an_introduced_person_gives_a_later_sentence_its_country():
    found = extract(TAJIK + "Rakhmonov was elected president in November 1994 in a vote boycotted by the opposition.", "1997-06-28")
    assert [(e["date"], e["countries"]) for e in of_type(found, "election")] == [("1994-11", ["TJK"])]


@pytest.mark.parametrize(
    ("text", "elections"),
    [
        ("Malian President Keita won a second five-year term in 2018.", ["2018"]),
        ("Tanzania's Magufuli won a second term in October 2020.", ["2020-10"]),
        ("The Egyptian club Al Ahly won a second consecutive title this term.", []),
        ("Mali's junta promised a civilian-led transition to elections within a reasonable time.", []),
        ("وأعلن المجلس العسكري في مالي مرحلة انتقالية تفضي إلى انتخابات عامة.", []),
        ("Mali held elections on Sunday, completing its transition to civilian rule.", ["2020-11-15"]),
    ],
)
def test_winning_a_term_and_a_transition_to_elections(text, elections):
    assert [e["date"] for e in of_type(extract(text, "2020-11-19"), "election")] == elections


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        (
            "UN-sponsored negotiations on Tajikistan began in Moscow in April 1994, and a temporary ceasefire "
            "was agreed in Tehran that September.",
            "ceasefire",
            "1994-09",
        ),
        ("The Malian army seized power in March 2012, and that December the French sent troops to Mali.", "deployment", "2012-12"),
    ],
)
def test_that_and_a_month_dates_its_own_clause(text, kind, date):
    assert date in [e["date"] for e in of_type(extract(text, "2015-01-01"), kind)]
