"""An English deed done again by another side, told by a phrase of doing the same after "and"
("and Jordan did so in 1994", "and Bahrain followed on Sept. 11", "and Jordan followed suit"),
is a deed of that side on its own time; each of the two deeds keeps its own doer, and the side
both dealt with stays with each. A verb of following with no such phrase is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _found(events: list[dict]) -> list[tuple[str, str | None, frozenset[str]]]:
    return [(e["event_type"], e["date"], frozenset(e["countries"])) for e in events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egypt signed a peace treaty with Israel in 1979 and Jordan did so in 1994.",
            [("agreement", "1979", frozenset({"EGY", "ISR"})), ("agreement", "1994", frozenset({"JOR", "ISR"}))],
        ),
        (
            "Egypt signed a peace treaty with Israel in 1979 and Jordan followed suit in 1994.",
            [("agreement", "1979", frozenset({"EGY", "ISR"})), ("agreement", "1994", frozenset({"JOR", "ISR"}))],
        ),
        (
            "The UAE signed a normalisation deal with Israel on Aug. 13, and Bahrain followed on Sept. 11.",
            [("agreement", "2020-08-13", frozenset({"ARE", "ISR"})), ("agreement", "2020-09-11", frozenset({"BHR", "ISR"}))],
        ),
    ],
)
def test_each_side_its_own_deed(text: str, expected: list[tuple[str, str, frozenset[str]]]) -> None:
    found = _found(extract(text, "2020-09-15"))
    for item in expected:
        assert item in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops raided the camp on Monday and bulldozers followed in the afternoon.",
        "The UAE signed a normalisation deal with Israel on Aug. 13, and protests followed in Ramallah.",
    ],
)
def test_no_deed_done_again(text: str) -> None:
    events = extract(text, "2020-09-15")
    assert not [e for e in events if e["trigger"].startswith("followed")], [(e["event_type"], e["trigger"]) for e in events]
