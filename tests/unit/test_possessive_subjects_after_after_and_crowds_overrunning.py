"""A deed told after "after" by a possessive and a plural noun as its subject ("after his
supporters attacked peaceful protesters") takes the month of the deed it caused; crowds that
overran a building protested, while fighters that overran a base attacked."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _found(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(e["event_type"], e["date"]) for e in extract(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Sri Lanka's prime minister resigned in May after his supporters attacked peaceful protesters outside his residence.",
            "2022-07-15",
            ("attack", "2022-05"),
        ),
        (
            "Protesters in Sri Lanka on Thursday withdrew from state buildings they had occupied since July 9, when crowds overran the president's official residence in Colombo.",
            "2022-07-15",
            ("protest", "2022-07-09"),
        ),
        ("Taliban fighters overran the Afghan army base in Kunduz on Thursday.", "2022-07-15", ("attack", "2022-07-14")),
    ],
)
def test_the_deed_and_its_time(text: str, published: str, expected: tuple[str, str]) -> None:
    found = _found(text, published)
    assert expected in found, found


def test_a_possessive_before_a_participle_of_a_noun_is_no_clause() -> None:
    # "after his promised reforms stalled": a noun phrase with an adjective, no protest or attack
    found = _found("Sri Lanka's prime minister resigned in May after his promised reforms stalled.", "2022-07-15")
    assert found == [("appointment", "2022-05")], found
