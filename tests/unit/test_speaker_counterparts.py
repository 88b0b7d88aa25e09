"""A deal, a truce, talks or ties a speaking state tells with another ("Armenia said a ceasefire
with Azerbaijan had taken hold") are the speaker's own: it is a side, not only the source
(events/assemble/speaker_counterparts.py); a speaker of a deed between others stays the source."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        ("Armenia said a ceasefire with Azerbaijan had taken hold on Wednesday.", "ceasefire", {"ARM", "AZE"}),
        ("Iran said on Wednesday talks with the United States had been constructive.", "meeting", {"IRN", "USA"}),
        ("أعلنت أرمينيا أن وقف إطلاق النار مع أذربيجان دخل حيز التنفيذ يوم الأربعاء.", "ceasefire", {"ARM", "AZE"}),
    ],
)
def test_a_deed_with_a_counterpart_is_the_speaker_s_own(text, event_type, sides):
    found = of_type(extract(text, "2024-03-15"), event_type)
    assert len(found) == 1
    assert sides <= set(found[0]["countries"])


def test_a_speaker_of_a_truce_between_others_is_no_side():
    found = of_type(extract("Egypt said a truce between Israel and Hamas took effect on Wednesday.", "2024-03-15"), "ceasefire")
    assert found and "EGY" not in found[0]["countries"]


@pytest.mark.parametrize(
    "text",
    [
        # "with" and no name: no counterpart
        "France said a ceasefire with immediate effect must take hold in Gaza on Friday.",
        # a person who speaks is a source or a mediator, no side
        "Blinken said a ceasefire with Hamas took effect in Gaza on Friday.",
    ],
)
def test_a_speaker_without_a_named_counterpart_or_a_person_is_no_side(text):
    found = of_type(extract(text, "2024-03-15"), "ceasefire")
    assert all("FRA" not in e["countries"] and "USA" not in e["countries"] for e in found)
