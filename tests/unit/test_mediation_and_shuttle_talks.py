"""Mediation (وساطة، mediation efforts, mediated by) names the third party of talks or a deal
that their own words tell: it is no meeting of its own. A mediator shuttling between the
delegations of two sides (تنقل الوسطاء بين الوفود، shuttled between the delegations) holds
talks with them: a meeting."""

from __future__ import annotations

import pytest

from events.text.normalize import fold
from events.triggers import find_triggers, load_triggers


def types_of(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.event_type) for m in find_triggers(text, fold(text), load_triggers())]


@pytest.mark.parametrize(
    "text",
    [
        "Oman's sultan has long led mediation efforts between the neighbours.",
        "The prisoner swap was mediated by Switzerland.",
        "وتواصل سلطنة عمان وساطتها بين الجارين منذ أشهر.",
        "وأفرجت الجماعة عن الرهينتين بوساطة سويسرية.",
    ],
)
def test_mediation_is_no_meeting(text):
    assert not [t for t in types_of(text) if t[1] == "meeting"], types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian diplomats shuttled between the two delegations for a week in Oslo.",
        "Swiss officials shuttled between the parties at a hotel outside Bern.",
        "وتنقل الدبلوماسيون النرويجيون بين الوفدين طوال أسبوع في أوسلو.",
        "ويتنقل الوسطاء السويسريون بين وفود الطرفين في فندق قرب برن.",
    ],
)
def test_shuttling_between_delegations_is_a_meeting(text):
    assert [t for t in types_of(text) if t[1] == "meeting"], types_of(text)
