"""A capital that hosted talks, with a date between the verb and the talks («استضافت بغداد منذ
أبريل/نيسان 2021 خمس جولات من المحادثات»), hosted a meeting, as it does with no date between: the
verb of hosting is no visit of its own. A deed told "between them" (بينهما) with no pair told
before is the sentence's own pair's, named before a time set off by commas."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "date", "countries"),
    [
        ("واستضافت بغداد منذ أبريل/نيسان 2021 خمس جولات من المحادثات بين السعودية وإيران.", "2021-04", {"IRQ", "SAU", "IRN"}),
        ("واستضافت بغداد منذ أبريل 2021 خمس جولات من المحادثات بين السعودية وإيران.", "2021-04", {"IRQ", "SAU", "IRN"}),
        ("Baghdad has hosted five rounds of talks between Saudi Arabia and Iran since April 2021.", "2021-04", {"IRQ", "SAU", "IRN"}),
    ],
)
def test_hosted_talks_are_a_meeting(text, date, countries):
    events = extract(text, "2023-03-11")
    assert [(e["event_type"], e["date"], set(e["countries"])) for e in events] == [("meeting", date, countries)], events


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت السعودية وإيران، أمس الجمعة، اتفاقهما على استئناف العلاقات الدبلوماسية بينهما.",
        "أعلنت السعودية وإيران أمس الجمعة اتفاقهما على استئناف العلاقات الدبلوماسية بينهما.",
        "Saudi Arabia and Iran, on Friday, announced an agreement to restore diplomatic relations between them.",
    ],
)
def test_between_them_with_no_pair_before_is_the_sentences_pair(text):
    events = extract(text, "2023-03-11")
    # (Arabic reads ties restored, English the agreement to restore them)
    assert [(e["date"], set(e["countries"])) for e in events if e["date"] == "2023-03-10"] == [("2023-03-10", {"SAU", "IRN"})], events
