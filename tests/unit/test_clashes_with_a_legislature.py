"""A clash or confrontation whose other side is a parliament (ministers who clashed with the
assembly, مواجهات بين الحكومة والبرلمان) is a political quarrel, no fighting; a clash of armed
men or security forces near a parliament stays an attack."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Kuwaiti opposition deputies said they would not work with ministers who had clashed with the outgoing assembly.",
        "Kuwaiti ministers clashed with parliament on Tuesday over the budget.",
        "وشهد الأردن العام الماضي مواجهات بين الحكومة والبرلمان حول قانون الضرائب.",
    ],
)
def test_a_clash_with_a_legislature_is_no_attack(text: str) -> None:
    assert not of_type(extract(text, "2024-04-05"), "attack")


@pytest.mark.parametrize(
    "text",
    [
        "Security forces clashed with gunmen outside parliament in Baghdad on Sunday.",
        "اشتبكت قوات الأمن العراقية مع مسلحين قرب البرلمان في بغداد الأحد.",
    ],
)
def test_armed_clashes_near_a_parliament_stay_attacks(text: str) -> None:
    assert of_type(extract(text, "2024-04-05"), "attack")
