"""Arabic puts the subject of a pluperfect verb between كان and قد ("وكانت مصر قد استدعت
سفيرها"): the name there is the initiator, whatever is named after the verb (an English
subject before its verb is read so already)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "initiator"),
    [
        ("وكانت مصر قد استدعت سفيرها من قطر والسودان للتشاور.", "sanctions", "EGY"),
        (
            "وكان البرلمان الأردني قد صادق أمس، بعد أيام قليلة من بدء الأزمة، على اتفاقية تسمح بنشر قوات على الأراضي السعودية.",
            "ratification",
            "jordan_parliament",
        ),
        ("Egypt had recalled its ambassador from Qatar and Sudan for consultations.", "sanctions", "EGY"),
    ],
)
def test_the_name_between_kana_and_qad_is_the_subject(text, event_type, initiator):
    events = extract(text, "2017-06-08")
    found = of_type(events, event_type)
    assert found and found[0]["actor1"] == initiator, events
