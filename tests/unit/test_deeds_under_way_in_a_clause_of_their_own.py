"""A deed told in the present progressive in a clause of its own, opened by ", and" and a subject of
its own ("... arrived in Poland at the weekend, and a further 1,000 troops are being moved from
Germany to Romania"), is under way as told: the time of the clause before it is the other deed's,
and the move is the news of the day. A deed told in the past there keeps that time, as before."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.own_subjects import outside_the_clause_before
from events.model import TimeMention


def _weekend(text: str) -> TimeMention:
    start = text.index("at the weekend") if "at the weekend" in text else text.index("يوم السبت")
    return TimeMention(start, start + 14, "at the weekend", "2022-02-05", "day", "relative")


@pytest.mark.parametrize(
    ("text", "word", "kept"),
    [
        # in the present progressive, with a subject of its own after ", and": the weekend is not its time
        ("The first paratroopers arrived in Poland at the weekend, and a further 1,000 troops are being moved to Romania.", "being moved", False),
        ("The first paratroopers arrived in Poland at the weekend, and the army is now sending more troops to Romania.", "sending", False),
        # in the past: the time of the clause before may be its own too
        ("The first paratroopers arrived in Poland at the weekend, and a further 1,000 troops were moved to Romania.", "moved", True),
        # no subject of its own: one clause going on
        ("The first paratroopers arrived in Poland at the weekend and are being moved to Romania.", "being moved", True),
        # Arabic: a verb of its own after كما keeps the day the sentence gives
        ("وصلت طلائع القوات إلى بولندا يوم السبت، كما نقلت الولايات المتحدة ألف جندي إلى رومانيا.", "نقلت", True),
    ],
)
def test_a_deed_under_way_takes_no_time_of_the_clause_before(text, word, kept):
    start = text.index(word)
    dates = outside_the_clause_before(text, [_weekend(text)], (start, start + len(word)), (0, len(text)))
    assert bool(dates) is kept


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The first of about 1,700 American paratroopers arrived in southeastern Poland at the weekend, and a further "
            "1,000 American troops are being moved from Germany to Romania.",
            [("2022-02-05", frozenset({"USA", "POL"})), ("2022-02-10", frozenset({"USA", "DEU", "ROU"}))],
        ),
        (
            "The first of about 1,700 American paratroopers arrived in southeastern Poland at the weekend, and a further "
            "1,000 American troops were moved from Germany to Romania.",
            [("2022-02-05", frozenset({"USA", "POL"})), ("2022-02-05", frozenset({"USA", "DEU", "ROU"}))],
        ),
        (
            "وصلت طلائع 1700 جندي أمريكي إلى بولندا يوم السبت، كما نقلت الولايات المتحدة 1000 جندي آخرين من ألمانيا إلى رومانيا.",
            [("2022-02-05", frozenset({"USA", "POL"})), ("2022-02-05", frozenset({"USA", "DEU", "ROU"}))],
        ),
    ],
)
def test_each_deployment_keeps_its_own_time(text, expected):
    found = sorted((e["date"], frozenset(e["countries"])) for e in of_type(extract(text, "2022-02-10"), "deployment"))
    assert found == sorted(expected)
