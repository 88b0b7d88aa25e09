"""An attack launched in words or in a game ("launched a blistering attack on the government's
budget", "launched a fierce attack in the second half", «شنت هجوما لاذعا على ميزانية الحكومة») is
no armed attack; an attack launched on a city or a base stays one (data/triggers.json, the attack
row of launched: its `excludes`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2023-05-10"  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "LONDON (Reuters) - The opposition launched a blistering attack on the government's budget on Tuesday.",
        "LONDON (Reuters) - The Labour leader launched a scathing attack on the prime minister's policies on Tuesday.",
        "PARIS (Reuters) - Paris Saint-Germain launched a fierce attack in the second half on Tuesday.",
        "لندن - شنت المعارضة البريطانية هجوما على ميزانية الحكومة يوم الثلاثاء.",
    ],
)
def test_words_and_games_are_no_attack(text):
    assert not of_type(extract(text, PUBLISHED), "attack")


@pytest.mark.parametrize(
    "text",
    [
        "KYIV (Reuters) - Russia launched a massive missile attack on Kyiv on Tuesday.",
        "KHARTOUM (Reuters) - The RSF launched an attack on the army's headquarters on Tuesday.",
        "كييف - شنت روسيا هجوما صاروخيا واسعا على كييف يوم الثلاثاء.",
    ],
)
def test_an_armed_attack_stays(text):
    assert [a["date"] for a in of_type(extract(text, PUBLISHED), "attack")] == ["2023-05-09"]
