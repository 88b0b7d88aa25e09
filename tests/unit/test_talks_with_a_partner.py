"""Talks with a partner named between their noun and their topic (talks with rebel leaders on a
lasting truce, محادثات مع قادة المتمردين بشأن هدنة دائمة): the truce or deal of the topic is
only talked about; a deed told in the past after such talks, or a topic with the definite
article in English (one already made), stays asserted."""

from __future__ import annotations

import pytest

from events.text.normalize import fold
from events.triggers import ASSERTED, find_triggers, load_triggers


def mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.event_type, m.modality) for m in find_triggers(text, fold(text), load_triggers())]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The envoy flew to the capital in May for talks with rebel leaders on a lasting ceasefire.", "ceasefire"),
        ("The two ministers held negotiations between their delegations about a new trade agreement.", "agreement"),
        ("وصل المبعوث إلى العاصمة لإجراء محادثات مع قادة المتمردين بشأن وقف دائم لإطلاق النار.", "ceasefire"),
        ("وبدأت مفاوضات بين الطرفين حول اتفاق جديد لتبادل الأسرى.", "agreement"),
    ],
)
def test_the_topic_of_talks_with_a_partner_is_only_talked_about(text, event_type):
    found = [m for m in mentions(text) if m[1] == event_type]
    assert found and all(modality != ASSERTED for _, _, modality in found), mentions(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The envoy held talks with rebel leaders on the ceasefire that took effect on Monday.", "ceasefire"),
        ("He held talks with the rebels after a ceasefire took effect in the north.", "ceasefire"),
    ],
)
def test_a_truce_already_made_stays_asserted(text, event_type):
    found = [m for m in mentions(text) if m[1] == event_type]
    assert found and any(modality == ASSERTED for _, _, modality in found), mentions(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The talks went on into the night, though a final accord has yet to be signed.", "agreement"),
        ("A lasting truce is still to be agreed between the two armies.", "ceasefire"),
        ("وتواصلت المحادثات حتى ساعة متأخرة، لكن لم يتم التوصل إلى اتفاق نهائي بعد.", "agreement"),
    ],
)
def test_a_deal_yet_to_be_reached_is_not_made(text, event_type):
    found = [m for m in mentions(text) if m[1] == event_type]
    assert found and all(modality != ASSERTED for _, _, modality in found), mentions(text)
