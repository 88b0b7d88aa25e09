"""A deed that a party wants or seeks (want a binding deal, seeks a truce, تريد اتفاقا، ترغب في
هدنة) is one still to come, not done (real resources)."""

from __future__ import annotations

import pytest

from events.text.normalize import fold
from events.triggers import ASSERTED, find_triggers, load_triggers


def mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.event_type, m.modality) for m in find_triggers(text, fold(text), load_triggers())]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The two neighbours want a binding deal on the river first.", "agreement"),
        ("The rebels seek a lasting truce before any handover of weapons.", "ceasefire"),
        ("وتريد الحكومة اتفاقا ملزما بشأن تقاسم المياه.", "agreement"),
        ("وأبدت الفصائل رغبتها في هدنة طويلة الأمد.", "ceasefire"),
    ],
)
def test_a_wanted_deed_is_not_done(text, event_type):
    found = [m for m in mentions(text) if m[1] == event_type]
    assert found and all(modality != ASSERTED for _, _, modality in found), mentions(text)
