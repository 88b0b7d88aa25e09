"""Event words in a clause that tells no event of them: a truce or a deal that runs out, talks
that stay frozen, a deed told as what would lead to something worse (real resources)."""

from __future__ import annotations

import pytest

from events.text.normalize import fold
from events.triggers import ASSERTED, find_triggers, load_triggers


def mentions(text: str) -> list[tuple[str, str, str]]:
    return [(m.text, m.event_type, m.modality) for m in find_triggers(text, fold(text), load_triggers())]


def asserted_types(text: str) -> set[str]:
    return {t for _, t, modality in mentions(text) if modality == ASSERTED}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a truce or a deal running out is its end, not its making
        ("The truce expires at the end of the month, and mediators want it extended.", "ceasefire"),
        ("وانتهت الهدنة يوم الأحد دون تمديدها.", "ceasefire"),
        # talks that stay frozen did not take place
        ("Negotiations between the two neighbours have been frozen since last spring.", "meeting"),
        ("والمفاوضات بين البلدين متوقفة منذ ثلاث سنوات.", "meeting"),
        # a deed named as what would bring on something worse is a hypothetical one
        ("For the minister, a military strike would lead to a regional war.", "attack"),
        ("وقال الوزير إن هجوما عسكريا سيؤدي إلى حرب إقليمية.", "attack"),
    ],
)
def test_words_that_tell_no_event(text, absent):
    assert absent not in asserted_types(text), mentions(text)
