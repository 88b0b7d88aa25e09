"""An English body described by a relative clause of its own past deed, with the deed's own date ("The
Arab League, which suspended Syria's membership in November 2011, voted to readmit Damascus
earlier this month"), tells both deeds: the suspension of 2011 and the readmission of this month.
A verb of deciding or voting may carry the main deed by the bare verb after "to". The suspension
is read though "voted" stands near it: only a vote suspended (the vote, a vote on) makes its
words no sanction."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2023-05-19"


@pytest.mark.parametrize(
    ("text", "sanctions", "relations"),
    [
        (
            "The Arab League, which suspended Syria's membership in November 2011, voted to readmit Damascus earlier this month.",
            ["2011-11"],
            ["2023-05"],
        ),
        (
            "The African Union, which suspended Mali's membership in June 2021, voted to restore ties with Bamako earlier this month.",
            ["2021-06"],
            ["2023-05"],
        ),
    ],
)
def test_the_aside_s_deed_and_the_main_deed_are_both_told(text, sanctions, relations):
    found = extract(text, PUBLISHED)
    assert [e["date"] for e in of_type(found, "sanctions")] == sanctions
    assert [e["date"] for e in of_type(found, "relations")] == relations


def test_a_vote_suspended_is_no_sanction():
    assert of_type(extract("The African Union suspended the vote on the new commission on Monday.", PUBLISHED), "sanctions") == []
