"""The dot of an abbreviation of capitals ("U.S.", "U.N.") ends no clause: a clause opened by ", and"
and a subject of its own that names "1,000 U.S. troops" still tells a second deed of its type
("... arrived in Poland at the weekend, and a further 1,000 U.S. troops are being moved from
Germany to Romania"); a full stop still ends the clause, and Arabic, which writes no such dots,
is read as before."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.own_days import load_after_subject
from events.assemble.own_subjects import load_time_clause_subject


@pytest.mark.parametrize(
    ("clause", "found"),
    [
        (", and a further 1,000 U.S. troops are being ", True),
        (", and the U.N. envoy was ", True),
        (", and the U.S.A. team was ", True),
        # a full stop, or the dot of a word in lower case, ends the clause
        (", and a further 1,000 troops. The men are being ", False),
        (", and the Fed. Reserve is ", False),
    ],
)
def test_the_dot_of_an_abbreviation_stays_in_the_clause(clause, found):
    assert (load_after_subject().search(clause) is not None) is found


@pytest.mark.parametrize(
    ("clause", "found"),
    [
        ("after the U.S. envoy ", True),
        ("after the envoy left. The U.S. team ", False),
    ],
)
def test_a_clause_of_time_keeps_the_dot_of_an_abbreviation(clause, found):
    assert (load_time_clause_subject().search(clause) is not None) is found


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        (
            "The first of about 1,700 U.S. paratroopers arrived in southeastern Poland at the weekend, and a further "
            "1,000 U.S. troops are being moved from Germany to Romania.",
            "deployment",
            [("2022-02-05", frozenset({"USA", "POL"})), ("2022-02-10", frozenset({"USA", "DEU", "ROU"}))],
        ),
        (
            "Police arrested 20 U.S. citizens in Cairo on Monday, and the U.N. envoy was detained in Sanaa.",
            "arrest",
            [("2022-02-07", frozenset({"USA", "EGY"})), ("2022-02-07", frozenset({"YEM"}))],
        ),
        # Arabic, with no such dots: each deed of its own subject, as before
        (
            "وصلت طلائع 1700 جندي أمريكي إلى بولندا يوم السبت، كما نقلت الولايات المتحدة 1000 جندي آخرين من ألمانيا إلى رومانيا.",
            "deployment",
            [("2022-02-05", frozenset({"USA", "POL"})), ("2022-02-05", frozenset({"USA", "DEU", "ROU"}))],
        ),
    ],
)
def test_a_second_deed_after_an_abbreviation(text, event_type, expected):
    found = sorted((e["date"], frozenset(e["countries"])) for e in of_type(extract(text, "2022-02-10"), event_type))
    assert found == sorted(expected)
