"""In English, "that" right before a quote mark opens what a speaker said, as إن and أن after a
comma do in Arabic, and never a relative clause: an event word of the speaker's own clause before
it ("said while announcing the arrest of five leaders that "Baghdadi is in ... Hajin"") is not
placed by a place of what was said (real resources)."""

from __future__ import annotations

import pytest
from test_places_of_what_was_said_after import place_of


@pytest.mark.parametrize(
    ("text", "event_type", "not_there"),
    [
        (
            "An Iraqi officer said on Wednesday that Abu Bakr al-Baghdadi is on the Iraqi-Syrian border. The officer "
            'said while announcing the arrest of five senior leaders of the group that "Baghdadi is in the border '
            'strip, namely the area of Hajin, Shaddadi, al-Sur and Markada".',
            "arrest",
            "Hajin",
        ),
        (
            "أكد ضابط عراقي، الأربعاء، أن زعيم تنظيم داعش أبو بكر البغدادي متواجد على الحدود العراقية السورية. "
            "وأوضح الضابط، خلال إعلانه القبض على 5 من كبار قيادات التنظيم، أن \"البغدادي موجود في منطقة الشريط "
            'الحدودي العراقي السوري، وهي منطقة الهجين الشدادي والصور ومركدة".',
            "arrest",
            "Hajin",
        ),
    ],
)
def test_a_place_of_quoted_words_does_not_place_the_speakers_own_event(text, event_type, not_there):
    assert place_of(text, event_type) != not_there


@pytest.mark.parametrize(
    ("text", "event_type", "name"),
    [
        # a "that" with no quote mark after it may open a relative clause: its place stays
        ("The minister said after talks that lasted three hours in Paris on Monday that the factions would meet again.", "meeting", "Paris"),
        # an event told inside the quoted words keeps its place
        ('The army spokesman said that "aircraft struck militant positions in the city of Idlib on Monday".', "attack", "Idlib"),
    ],
)
def test_places_before_the_opener_or_inside_the_quote_stay(text, event_type, name):
    assert place_of(text, event_type) == name
