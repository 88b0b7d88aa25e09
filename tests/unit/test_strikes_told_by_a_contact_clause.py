"""English may leave out the relative pronoun after a noun of strikes ("the strikes Cairo carried
out days ago"), where Arabic always writes it («الضربات التي وجهتها القاهرة قبل أيام»): the
clause tells the strikes as the one with "that" does, so a catalogued deed named so takes its
entry and a dated one its day; a noun of strikes with no clause of its own tells none
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date", "basis"),
    [
        (
            "The measure came in reference to the strikes Cairo carried out days ago on groups in eastern Libya.",
            "2017-06-09",
            "2017-05-26",
            "reference",
        ),
        (
            "The measure came in reference to the strikes that Cairo carried out days ago on groups in eastern Libya.",
            "2017-06-09",
            "2017-05-26",
            "reference",
        ),
        (
            "وجاء الإجراء في إشارة إلى الضربات التي وجهتها القاهرة قبل أيام لمجموعات شرقي ليبيا.",
            "2017-06-09",
            "2017-05-26",
            "reference",
        ),
        ("The strikes Israel launched on Tuesday killed ten people.", "2017-06-09", "2017-06-06", "relative"),
    ],
)
def test_strikes_told_by_their_clause(text: str, published: str, date: str, basis: str) -> None:
    found = of_type(extract(text, published), "attack")
    assert [(e["date"], e["date_basis"]) for e in found] == [(date, basis)], found


@pytest.mark.parametrize(
    "text",
    [
        "The attack on the base launched a new war of words.",
        "Analysts said the strikes would be carried out next week.",
    ],
)
def test_a_noun_of_strikes_with_no_clause_of_its_own_tells_none(text: str) -> None:
    found = of_type(extract(text, "2017-06-09"), "attack")
    assert not found, found
