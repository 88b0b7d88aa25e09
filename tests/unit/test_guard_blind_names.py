"""The words of a party's name are no context for what a trigger excludes: the workers of
"حزب العمال الكردستاني" or of the "Kurdistan Workers' Party" are no workers on strike, so
strikes on that party's bases stay an attack, while strikes of workers stay none."""

from __future__ import annotations

import pytest

from events.text.normalize import fold
from events.triggers import find_triggers, load_triggers


def _attacks(text: str) -> list[str]:
    return [t.text for t in find_triggers(text, fold(text), load_triggers()) if t.event_type == "attack"]


@pytest.mark.parametrize(
    ("party", "workers"),
    [
        (
            "وصعد الجيش ضرباته ضد قواعد حزب العمال الكردستاني في الجبال.",
            "وصعد العمال ضرباتهم ضد قواعد العمل الجديدة في المصانع.",
        ),
        (
            "وتواصلت ضربات الطائرات على معاقل حزب العمال في قنديل.",
            "وتواصلت ضربات العمال على معاقل الإدارة في المصنع.",
        ),
        (
            "The army stepped up strikes on Kurdistan Workers' Party bases in the mountains.",
            "Dock workers stepped up strikes at the bases of the shipping firms.",
        ),
    ],
)
def test_a_partys_name_excludes_no_strike(party, workers):
    assert _attacks(party) and not _attacks(workers)
