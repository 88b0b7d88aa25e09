"""A killing by forces or gunmen is an attack even when the sentence names no other word of one (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "countries", "date"),
    [
        (
            "وتتعرض إسرائيل لضغوط دولية بعد أن قتلت قواتها الاثنين نحو 60 فلسطينيا كانوا يحتجون على نقل "
            "السفارة الأمريكية إلى القدس.",
            {"ISR"},
            "2018-05-14",
        ),
        ("وقتلت القوات الإسرائيلية 60 فلسطينيا على حدود غزة الاثنين.", {"ISR", "PSE"}, "2018-05-14"),
        ("قتل مسلحون خمسة جنود في سيناء أمس.", {"EGY"}, "2018-05-17"),
        ("Israel faces international pressure after its forces killed some 60 Palestinians on Monday.", {"ISR"}, "2018-05-14"),
    ],
)
def test_a_killing_by_forces_is_an_attack(text, countries, date):
    attacks = [e for e in extract(text, "2018-05-18") if e["event_type"] == "attack"]
    assert len(attacks) == 1 and countries <= set(attacks[0]["countries"]) and attacks[0]["date"] == date, attacks


@pytest.mark.parametrize(
    "text",
    [
        "قتل جنود مصريون في حادث تحطم طائرة عسكرية في سيناء أمس.",
        "Egyptian soldiers were killed in a military plane crash in Sinai yesterday.",
    ],
)
def test_an_accident_is_no_attack(text):
    assert [e for e in extract(text, "2018-05-18") if e["event_type"] == "attack"] == []
