"""An English event word as the infinitive of a rank ("Pelosi, the highest-ranking US official to
visit Taiwan in 25 years, landed in Taipei late on Tuesday", "the first Israeli leader to visit")
names the doer; the verb of the sentence tells the deed and its day. Told alone, the rank's
word is still the deed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

_LEAD = "China launched military exercises around Taiwan on Thursday in a show of fury over a visit by US House Speaker Nancy Pelosi. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            _LEAD
            + "Pelosi, the highest-ranking US official to visit Taiwan in 25 years, landed in Taipei late on Tuesday and met "
            "President Tsai Ing-wen on Wednesday, pledging that US support for the island would not waver.",
            ("visit", "2022-08-02"),
        ),
        (
            "Naftali Bennett, the first Israeli prime minister to visit the UAE, arrived in Abu Dhabi on Sunday.",
            ("visit", "2022-07-31"),
        ),
    ],
)
def test_the_deed_on_its_day(text: str, expected: tuple[str, str]) -> None:
    found = [(e["event_type"], e["date"]) for e in extract(text, "2022-08-04")]
    assert expected in found, found


def test_the_rank_told_alone() -> None:
    found = [e["event_type"] for e in extract("Pelosi became the highest-ranking US official to visit Taiwan in 25 years.", "2022-08-04")]
    assert "visit" in found, found
