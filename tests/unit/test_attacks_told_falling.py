"""Attacks told as falling in number or force (وخفت حدة الهجمات في الفترة الأخيرة، تراجعت
الهجمات, attacks have eased in recent months) are a trend over a period, not an attack of the
day; an attack told as done stays one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("وخفت حدة الهجمات التي ينفذها المسلحون في مصر خلال الأشهر الأخيرة.", 0),
        ("وتقلصت الهجمات على خطوط النفط في العراق هذا العام.", 0),
        ("Attacks by militants in northern Mali have eased in recent months.", 0),
        ("Militant attacks on oil pipelines in Iraq declined sharply this year.", 0),
        # an attack told as done
        ("شن مسلحون هجوما على نقطة تفتيش في سيناء أمس.", 1),
        ("The attacks in Sinai killed five soldiers on Monday.", 1),
    ],
)
def test_attacks_told_falling(text: str, count: int) -> None:
    assert len(of_type(extract(text, "2018-09-04"), "attack")) == count
