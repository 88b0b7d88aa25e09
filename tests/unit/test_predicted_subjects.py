"""A definite event noun that is the subject of a modal or of an Arabic verb of the possible or
the future ("Diplomats said the rapprochement could reshape the region") is a deed spoken of for
its effects, no event of its sentence; a noun with a date of its own, or one whose modal tells
of the deed itself ("the truce would be extended"), stays."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2023-04-16"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Ethiopia and Eritrea agreed on Monday to reopen embassies. "
            "Diplomats said the rapprochement, encouraged by Qatar, could reshape the Horn of Africa.",
            "relations",
        ),
        (
            "Ethiopia and Eritrea agreed on Monday to reopen embassies. "
            "Officials in Cairo said the reconciliation would help Sudan.",
            "relations",
        ),
    ],
)
def test_a_noun_spoken_of_for_its_effects_is_no_new_event(text, event_type):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert len(found) == 1, found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Analysts said the normalisation would open the door to Emirati investment in Israel.", "relations"),
        ("Turkish officials said the deal would allow Turkey to drill in the eastern Mediterranean.", "agreement"),
        ("Turkish officials said the vote would act as a deterrent to Haftar.", "election"),
        ("ورأى محللون أن التطبيع قد يفتح الباب أمام استثمارات إماراتية في إسرائيل.", "relations"),
        ("وقال مسؤولون مصريون إن المصالحة قد تساعد مصر على جذب الاستثمارات.", "relations"),
    ],
)
def test_a_noun_spoken_of_alone_is_no_event(text, event_type):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert found == [], found


@pytest.mark.parametrize(
    ("text", "event_type", "count"),
    [
        (
            "Ethiopia and Eritrea agreed on Monday to reopen embassies. "
            "Diplomats said the rapprochement agreed in Doha on Friday could reshape the Horn of Africa.",
            "relations",
            2,
        ),
    ],
)
def test_a_dated_noun_stays(text, event_type, count):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert len(found) == count, found
