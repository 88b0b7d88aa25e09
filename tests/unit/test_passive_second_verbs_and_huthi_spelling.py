"""A second verb in the passive that puts the sentence's subject under a state the event noun
names ("resigned in January and was then held under house arrest") tells a deed the subject
underwent beside the first one. The agencies' spelling "Huthi" names the Houthis as "Houthi"
does: their country, and the armed side a verb of capture asks for."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _found(events: list[dict]) -> list[tuple[str, str | None]]:
    return [(e["event_type"], e["date"]) for e in events]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Yemen's President Hadi resigned in January and was then held under house arrest by the militia.",
            "2015-03-26",
            [("appointment", "2015-01"), ("arrest", "2015-01")],
        ),
        (
            "Yemen's President Hadi resigned on Monday and was later placed under house arrest.",
            "2015-03-26",
            [("appointment", "2015-03-23"), ("arrest", "2015-03-23")],
        ),
        (
            "Malian President Ibrahim Boubacar Keita resigned in August and was kept under house arrest for weeks.",
            "2020-11-02",
            [("appointment", "2020-08"), ("arrest", "2020-08")],
        ),
    ],
)
def test_the_subject_underwent_both_deeds(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    found = _found(extract(text, published))
    for item in expected:
        assert item in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Yemen's President Hadi resigned in January and was held up by the crowds outside the palace.",
        "Yemen's President Hadi resigned in January and was put under pressure by the militia.",
    ],
)
def test_no_state_of_capture(text: str) -> None:
    assert not [e for e in extract(text, "2015-03-26") if e["event_type"] == "arrest"], _found(extract(text, "2015-03-26"))


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date", "countries"),
    [
        ("The Huthis, who seized Sanaa in September 2014, had been advancing on Aden.", "2015-03-26", "attack", "2014-09", {"YEM"}),
        ("Huthi rebels seized the city of Hodeidah in October 2014.", "2015-03-26", "attack", "2014-10", {"YEM"}),
        ("The Houthis, who seized Sanaa in September 2014, had been advancing on Aden.", "2015-03-26", "attack", "2014-09", {"YEM"}),
    ],
)
def test_the_huthis_seized_a_city(text: str, published: str, event_type: str, date: str, countries: set[str]) -> None:
    events = extract(text, published)
    hits = [e for e in events if e["event_type"] == event_type and e["date"] == date]
    assert hits and countries <= set(hits[0]["countries"]), _found(events)
