"""A crackdown: protesters killed by a state's own forces named bare ("Security forces killed 12
protesters", «وقتلت قوات الأمن 12 متظاهرا») is an attack beside the protest, done by the state
where the protest was held; a doer of its own or a source that only reports it is no such state."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2018-05-01"
_LEAD_EN = "Thousands of protesters rallied in Baghdad on Friday demanding jobs. "
_LEAD_AR = "تظاهر آلاف المحتجين في بغداد يوم الجمعة للمطالبة بفرص عمل. "


def _attacks(text: str) -> list[tuple[str | None, list[str]]]:
    found = extract(text, PUBLISHED)
    assert any(e["event_type"] == "protest" for e in found)
    return [(e["actor1"], sorted(e["countries"])) for e in found if e["event_type"] == "attack"]


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        (_LEAD_EN + "Security forces killed 12 protesters.", [("IRQ", ["IRQ"])]),
        (_LEAD_EN + "Police shot dead 12 protesters.", [("IRQ", ["IRQ"])]),
        (_LEAD_AR + "وقتلت قوات الأمن 12 متظاهرا.", [("IRQ", ["IRQ"])]),
        (_LEAD_AR + "وقتل 12 متظاهرا برصاص قوات الأمن.", [("IRQ", ["IRQ"])]),
        # a source that reports the killing is no doer
        (_LEAD_EN + "Police said gunmen killed 12 people on Friday.", [(None, ["IRQ"])]),
        # (dated in its clause, the killing took place in the country of the article, as in English)
        (_LEAD_AR + "وقالت الشرطة إن مسلحين مجهولين قتلوا 12 شخصا يوم الجمعة.", [(None, ["IRQ"])]),
    ],
)
def test_a_crackdown_is_an_attack_of_the_state(text, attacks):
    assert _attacks(text) == attacks


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        # a noun of the killing, its sentence naming no country: placed where the protest was
        (_LEAD_AR + "وأعلنت مصادر طبية مقتل 12 متظاهرا برصاص قوات الأمن.", [("IRQ", ["IRQ"])]),
        (_LEAD_AR + "ولقي 12 متظاهرا مصرعهم برصاص قوات الأمن.", [("IRQ", ["IRQ"])]),
        (_LEAD_EN + "Twelve protesters were killed by security forces.", [("IRQ", ["IRQ"])]),
        # no forces of the state named: no home to place it in
        (_LEAD_AR + "وأعلنت مصادر طبية مقتل 12 شخصا.", []),
    ],
)
def test_a_crackdown_told_by_a_noun_is_placed_at_home(text, attacks):
    assert _attacks(text) == attacks
