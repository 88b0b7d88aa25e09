"""Police clashing with a crowd tell a protest met by force, not an attack, in English and in
Arabic; police clashing with gunmen or militants, or fighters clashing with troops, stay an
attack (events/assemble/police_clashes.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2009-06-15"  # a Monday


def _types(text: str) -> list[str]:
    return sorted(e["event_type"] for e in extract(text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "Riot police clashed with stone-throwing youths in Tehran on Saturday.",
        "Security forces clashed with protesters in Tehran on Saturday.",
        "اشتبكت شرطة مكافحة الشغب مع شبان يرشقون الحجارة في طهران يوم السبت.",
        "اشتبكت الشرطة مع محتجين في طهران يوم السبت.",
    ],
)
def test_police_clashing_with_a_crowd_is_a_protest(text):
    assert _types(text) == ["protest"]


@pytest.mark.parametrize(
    "text",
    [
        "Police clashed with gunmen in Tehran on Saturday.",
        "Security forces clashed with militants near protesters' camps in Sinai on Saturday.",
        "Kurdish fighters clashed with Turkish troops in Afrin on Saturday.",
        "اشتبكت الشرطة مع مسلحين في طهران يوم السبت.",
        "اشتبكت الشرطة مع مسلحين قرب خيام المحتجين في طهران يوم السبت.",
    ],
)
def test_other_clashes_stay_attacks(text):
    assert _types(text) == ["attack"]
