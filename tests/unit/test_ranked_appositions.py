"""The names of the since-clause of an apposition that ranks an event (", the first vote since
U.S. troops withdrew") are when the count starts: no party of the event, nor a second event of
theirs. Names before the apposition and since-clauses of other shapes keep their part."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        (
            "Provincial elections were held on Saturday in 12 of Iraq's 18 provinces, "
            "the first vote since U.S. troops withdrew at the end of 2011.",
            "election",
            [{"IRQ"}],
        ),
        (
            "Voters in Tunisia went to the polls on Sunday, the first election since Ben Ali fled to Saudi Arabia.",
            "election",
            [{"TUN"}],
        ),
    ],
)
def test_the_since_clause_of_a_ranked_apposition_names_no_party(text, event_type, countries):
    found = of_type(extract(text, "2013-04-24"), event_type)
    assert [set(e["countries"]) for e in found] == countries, found


def test_a_since_clause_outside_an_apposition_is_untouched():
    found = of_type(extract("Qatar and Saudi Arabia restored ties on Tuesday, three years after they were cut.", "2021-01-07"), "relations")
    assert [sorted(e["countries"]) for e in found] == [["QAT", "SAU"]], found
