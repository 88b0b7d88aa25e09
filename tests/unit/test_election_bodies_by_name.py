"""An English election word followed by the head noun of a body's name (the Supreme Election
Council, the election commission) names that body, not a vote:
it leaves its sentence's slot to the deed the body does ("announced the final results on
Monday"), the results' day told apart from the vote's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

RUNOFF = "President Tayyip Erdogan won Turkey's presidential run-off on Sunday with 52.2% of the vote. "


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (RUNOFF + "The head of the Supreme Election Council, Ahmet Yener, announced the final results on Monday.", {"2023-05-28", "2023-05-29"}),
        ("Iraq's Independent High Electoral Commission announced the preliminary results on Monday.", {"2023-05-29"}),
        # guards: a vote of its own, and a council of another kind
        ("Iraqis voted in provincial council elections on Monday.", {"2023-05-29"}),
        (RUNOFF, {"2023-05-28"}),
    ],
)
def test_a_body_named_by_an_election_word_is_no_vote(text, days):
    found = of_type(extract(text, "2023-05-29"), "election")
    assert {e["date"] for e in found} == days, [(e["date"], e["trigger"]) for e in found]
    assert all(e["trigger"] not in ("Election", "Electoral") for e in found)
