"""An event word joined by و or `and` to an event word of the same type a few words before it
shares its cue ("تعتزم الولايات المتحدة فرض عقوبات وحظر السفر", "plans to impose sanctions and a
travel ban"): both are planned, threatened or demanded; after a deed done, both are done. So do
the doers of a deed named after from, by or من قبل ("the prospect of fresh unrest from protesters")
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وتعتزم الولايات المتحدة فرض عقوبات وحظر السفر على مسؤولين إيرانيين.", "sanctions"),
        ("وهددت واشنطن بفرض عقوبات وحظر السفر على مسؤولين إيرانيين.", "sanctions"),
        ("The United States plans to impose sanctions and a travel ban on Iranian officials.", "sanctions"),
        ("The United States threatened sanctions and a travel ban on Iranian officials.", "sanctions"),
    ],
)
def test_a_partner_under_a_cue_is_no_event(text: str, event_type: str) -> None:
    assert asserted_words(text, event_type) == [], text


@pytest.mark.parametrize(
    ("text", "event_type", "count"),
    [
        ("وفرضت الولايات المتحدة أمس عقوبات وحظر السفر على مسؤولين إيرانيين.", "sanctions", 2),
        ("The United States imposed sanctions and a travel ban on Iranian officials on Monday.", "sanctions", 2),
        # a verb with its own ending of person opens a clause of its own
        ("وتعتزم الولايات المتحدة فرض عقوبات وفرضت كندا أمس حظرا على السفر.", "sanctions", 1),
    ],
)
def test_a_partner_of_a_deed_done_stays_done(text: str, event_type: str, count: int) -> None:
    assert len(asserted_words(text, event_type)) == count, text


@pytest.mark.parametrize(
    "text",
    [
        # the doers of a deed told as a prospect or a threat do it as unreally
        "The vote raised the prospect of fresh unrest from protesters who see him as an ally of the family.",
        "هددت النقابة باحتجاجات جديدة من قبل المتظاهرين في الخرطوم.",
    ],
)
def test_the_doers_of_a_deed_under_a_cue_tell_no_event(text: str) -> None:
    assert asserted_words(text, "protest") == [], text


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police fired tear gas on Sunday after fresh unrest from protesters in Colombo.", 2),
        ("خرجت احتجاجات جديدة من قبل المتظاهرين في الخرطوم يوم الأحد.", 2),
    ],
)
def test_the_doers_of_a_deed_done_stay(text: str, count: int) -> None:
    assert len(asserted_words(text, "protest")) == count, text
