"""Remains, coffins and mail a side receives are things taken in, no one met, in English as in
Arabic: 'received the bodies at Cairo airport', 'received emails', 'استقبل ... توابيت الجنود' and
'استقبل ... رسائل تهنئة' are no meeting, as 'استقبل ... جثامين' is none; a guest received keeps
the visit or the meeting it tells."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MAY = "2018-05-15"


@pytest.mark.parametrize(
    "text",
    [
        "Pope Tawadros II received the bodies at Cairo airport on Monday.",
        "Egyptian President Abdel Fattah al-Sisi received the coffins of the soldiers at Cairo airport on Monday.",
        "The Lebanese president received the remains of the soldiers at Beirut airport on Monday.",
        "Qatari students at Emirati universities received emails on Monday informing them that their enrolment had been withdrawn.",
        "استقبل الرئيس المصري توابيت الجنود في مطار القاهرة يوم الاثنين.",
        "استقبل الرئيس المصري رسائل تهنئة من القادة العرب يوم الاثنين.",
        "استقبل البابا تواضروس الثاني الجثامين في مطار القاهرة يوم الاثنين.",
    ],
)
def test_remains_and_mail_received_are_no_meeting(text: str) -> None:
    found = extract(text, MAY)
    assert not of_type(found, "meeting") and not of_type(found, "visit"), found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The Egyptian president received the Libyan foreign minister at Cairo airport on Monday.", "visit"),
        ("استقبل الرئيس المصري وزير الخارجية الليبي في القاهرة يوم الاثنين.", "visit"),
        ("The Egyptian president received the heads of the U.N. bodies in Cairo on Monday.", "meeting"),
        ("استقبل أمير قطر رئيس الوزراء الباكستاني في الدوحة يوم الاثنين.", "visit"),
    ],
)
def test_a_guest_received_keeps_its_event(text: str, event_type: str) -> None:
    assert of_type(extract(text, MAY), event_type)
