"""An event word joined by و or `and` to an event word of the same type a few words before it
shares its cue ("تعتزم الولايات المتحدة فرض عقوبات وحظر السفر", "plans to impose sanctions and a
travel ban"): both are planned, threatened or demanded; after a deed done, both are done
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
