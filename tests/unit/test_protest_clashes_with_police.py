"""Police or security forces clashing with protesters or youths are the protest's own clashes
("Riot police clashed with stone-throwing youths in Tehran on Saturday", «اشتبكت شرطة مكافحة الشغب
مع شبان يرشقون الحجارة»), a protest, no attack; troops clashing with militants stay an attack."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUB = "2009-06-15"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riot police clashed with stone-throwing youths in Tehran on Saturday.", [("protest", "2009-06-13")]),
        ("اشتبكت شرطة مكافحة الشغب مع شبان يرشقون الحجارة في طهران يوم السبت.", [("protest", "2009-06-13")]),
        (
            "Protests spread across Iran on Saturday, with clashes overnight between demonstrators and security forces in Tehran.",
            [("protest", "2009-06-13")],
        ),
        # near misses: troops and militants
        ("Iranian troops clashed with Kurdish militants near the Iraqi border on Saturday.", [("attack", "2009-06-13")]),
        ("اشتبكت القوات الإيرانية مع مسلحين أكراد قرب الحدود العراقية يوم السبت.", [("attack", "2009-06-13")]),
    ],
)
def test_police_clashing_with_protesters_is_a_protest(text, expected):
    assert sorted((e["event_type"], e["date"]) for e in extract(text, PUB)) == expected
