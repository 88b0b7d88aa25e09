"""A sum of aid announced or received, the sum and a time between the verb and the kind of
help (announced $3 billion in economic support, gets $800 million a year in military assistance;
أعلنت عن دعم بقيمة، تلقت دعما بقيمة): an aid event. A sum "in support of" a cause is no aid."""

from __future__ import annotations

import pytest

from events.text.normalize import fold
from events.triggers import find_triggers, load_triggers


def types(text: str) -> list[str]:
    return [m.event_type for m in find_triggers(text, fold(text), load_triggers())]


@pytest.mark.parametrize(
    "text",
    [
        "The Gulf state announced $3 billion in economic support for Cairo on Sunday.",
        "Amman gets about $800 million a year in US assistance.",
        "The island received $40 million in foreign assistance last spring.",
        "وأعلنت الكويت عن دعم بقيمة ثلاثة مليارات دولار للحكومة المصرية.",
        "وتلقت الحكومة دعما بقيمة مليوني دولار من البنك الدولي.",
    ],
)
def test_a_sum_of_aid_is_an_aid_event(text):
    assert "aid" in types(text), types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The fund announced $5 million in support of the festival.",
        "The company received $2 billion in orders last year.",
        "وأعلن المصرف عن أرباح بقيمة مليار دولار.",
    ],
)
def test_a_sum_of_no_aid_is_none(text):
    assert "aid" not in types(text), types(text)
