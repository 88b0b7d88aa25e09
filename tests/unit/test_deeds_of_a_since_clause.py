"""A deed told in a clause opened by since (منذ أن, منذ) with a subject and a time of its own
("a blockade on Gaza since Hamas seized control of the territory in 2007", «منذ أن سيطرت حماس
على القطاع عام 2007») is a background event of its own on that time, with the names of its own
clause; the sentence's own event keeps its date (the day it is told on, or the publication), and
a since-clause with no time of its own tells no second event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2018-05-01"


def _told(text: str, event_type: str) -> list[tuple[str, list[str]]]:
    return sorted((e["date"], sorted(e["countries"])) for e in extract(text, PUBLISHED) if e["event_type"] == event_type)


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        ("Israel has imposed a blockade on Gaza since Hamas seized control of the territory in 2007.", [("2007", ["PSE"])]),
        ("تفرض إسرائيل حصارا على قطاع غزة منذ أن سيطرت حماس على القطاع عام 2007.", [("2007", ["PSE"])]),
        # no time of its own in the clause: the state alone
        ("Israel has imposed a blockade on Gaza since Hamas seized control of the territory.", []),
        ("تفرض إسرائيل حصارا على قطاع غزة منذ أن سيطرت حماس على القطاع.", []),
    ],
)
def test_the_deed_of_a_since_clause_is_its_own(text, attacks):
    assert _told(text, "attack") == attacks
    assert len(_told(text, "sanctions")) == 1  # the blockade stays the sentence's event


def test_a_catalogued_deed_after_bare_since_leaves_the_sentence_its_event():
    text = "تفرض إسرائيل حصارا على غزة منذ سيطرة حماس على القطاع عام 2007."
    assert _told(text, "attack") == [("2007", ["PSE"])]
    assert [c for _, c in _told(text, "sanctions")] == [["ISR", "PSE"]]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Thousands of protesters marched in Baghdad on Friday, the largest rally since protesters stormed parliament in 2016.",
            ["2016", "2018-04-27"],
        ),
        ("تظاهر آلاف العراقيين في بغداد يوم الجمعة، في أكبر احتجاج منذ أن اقتحم محتجون البرلمان عام 2016.", ["2016", "2018-04-27"]),
        # the sentence's own protest, with no time of its own, keeps the publication
        ("Protesters rallied in Baghdad in the biggest protest since demonstrators stormed parliament in 2016.", ["2016", PUBLISHED]),
        ("تظاهر المحتجون في بغداد في أكبر احتجاج منذ أن اقتحم متظاهرون البرلمان عام 2016.", ["2016", PUBLISHED]),
        # no time in the clause: one protest, the day's
        ("Protesters rallied in Baghdad in the biggest protest since demonstrators stormed parliament.", [PUBLISHED]),
        ("تظاهر المحتجون في بغداد في أكبر احتجاج منذ أن اقتحم متظاهرون البرلمان.", [PUBLISHED]),
    ],
)
def test_a_protest_since_another_keeps_its_own_date(text, dates):
    assert [d for d, _ in _told(text, "protest")] == dates
