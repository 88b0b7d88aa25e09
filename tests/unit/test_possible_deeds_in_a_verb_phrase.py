"""A deed one may do is not done: a modal of possibility (could, would, might; قد before a verb
in the present) governs the event word of its own verb phrase, its object and the phrases
between included ("could offer up to two billion dollars in financial assistance", "قد يتوجه إلى
القاهرة الأسبوع المقبل للقاء"), as far as the clause goes."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "The minister said the fund could offer up to two billion dollars in financial assistance to Jordan.",
            "aid",
        ),
        (
            "Officials in Somaliland say Kenya would in turn become the first state to formally recognise its independence.",
            "relations",
        ),
        (
            "Diplomats say the envoy might travel to Cairo later this month for talks with the Egyptian president.",
            "meeting",
        ),
        (
            "وقالت مصادر إن رئيس الحكومة العراقية قد يتوجه إلى القاهرة قبل نهاية الأسبوع المقبل للقاء الرئيس المصري.",
            "meeting",
        ),
        (
            "وقالت مصادر إن العاهل الأردني قد يتوجه إلى الرياض في نهاية الشهر الحالي لإجراء مباحثات مع ولي العهد السعودي.",
            "meeting",
        ),
        ("وقالت مصادر إن الوزير قد يصل إلى بغداد في نهاية الشهر الحالي في زيارة رسمية تستمر يومين.", "visit"),
    ],
)
def test_a_deed_in_the_phrase_of_a_modal_is_no_event(text: str, event_type: str) -> None:
    assert not of_type(extract(text, "2023-05-10"), event_type)
