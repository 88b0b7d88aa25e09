"""A change of office told with a long name between the verb and the office: the parts of a
hyphenated word count once (al-Sabah), and an office word inside a short aside between commas
gives way to the office after it (named X, a former foreign minister, as prime minister)."""

from __future__ import annotations

import pytest

from events.text.normalize import fold
from events.triggers import ASSERTED, find_triggers, load_triggers


def mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.event_type, m.modality) for m in find_triggers(text, fold(text), load_triggers())]


@pytest.mark.parametrize(
    "text",
    [
        "In March the ruler named Sheikh Nasser Ahmad al-Jaber al-Sabah as prime minister.",
        "The council named Sheikh Ali Hassan al-Khalifa, the former finance minister, as prime minister.",
        "The king named Khalid bin Saud al-Rashid, a former oil minister, as premier.",
        "وسمّى الأمير الشيخ محمد صباح السالم، الذي عمل سفيرا سابقا، رئيسا للوزراء.",
        "وعيّن المجلس العسكري وزير المالية السابق علي حسن أحمد رئيسا للوزراء.",
    ],
)
def test_an_office_given_past_a_long_name_is_an_appointment(text):
    found = [m for m in mentions(text) if m[1] == "appointment"]
    assert found and any(modality == ASSERTED for _, _, modality in found), mentions(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials named in the report, including a former foreign minister, denied wrongdoing as the inquiry went on.",
        "أشار التقرير إلى أسماء عدة، منهم وزير سابق، دون أن يذكر دورا لهم.",
    ],
)
def test_no_office_given_no_appointment(text):
    assert not [m for m in mentions(text) if m[1] == "appointment"], mentions(text)
