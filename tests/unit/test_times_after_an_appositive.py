"""An English clause goes on after a noun phrase set off by commas that describes a name (", a
former World Bank economist,"): a time in the rest of that clause dates its event word, not a time
of the clause before it ("resigned last Monday, and the king appointed X, a former minister, to
form a government the following day")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "dates"),
    [
        (
            "Kuwait's prime minister resigned last Monday, and the emir appointed Ahmad Nawaf, a former "
            "interior minister and army officer, to form a new cabinet the following day.",
            "2022-07-28",
            "appointment",
            ["2022-07-25", "2022-07-26"],
        ),
        (
            "Police in Cairo detained the editor on Sunday, and a court jailed Ahmed Salem, an opposition "
            "lawyer, for two years on Wednesday.",
            "2022-07-28",
            "arrest",
            ["2022-07-24", "2022-07-27"],
        ),
    ],
)
def test_a_time_after_an_appositive_dates_its_clause(text, published, kind, dates):
    assert sorted(e["date"] for e in of_type(extract(text, published), kind)) == dates
