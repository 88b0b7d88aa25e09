"""An effort kept up (kept up the talks, kept up its raids, مضت قدما في مفاوضاتها) or mediation
pressed on with goes on over time: it is no deed of one day (real resources). Fighting pressed on
with is told done, as continued fighting is (واصلت روسيا غاراتها): test_pressed_on_deeds.py."""

from __future__ import annotations

import pytest

from events.text.normalize import fold
from events.triggers import ASSERTED, find_triggers, load_triggers


def mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.event_type, m.modality) for m in find_triggers(text, fold(text), load_triggers())]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("After the emir's death, his successor kept up the talks between the neighbours.", "meeting"),
        ("The militia kept up its raids on border villages.", "attack"),
        ("The emir pressed on with his talks between the neighbours.", "meeting"),
        ("ومضت الحكومة الجديدة قدما في مفاوضاتها مع الجارتين.", "meeting"),
    ],
)
def test_an_effort_kept_up_is_no_deed_of_a_day(text, event_type):
    found = [m for m in mentions(text) if m[1] == event_type]
    assert found and all(modality != ASSERTED for _, _, modality in found), mentions(text)
