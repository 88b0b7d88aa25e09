"""A break of ties named in a clause of result after its restoration ("agreed to restore
relations, ending seven years of severed ties", «اتفقتا على استئناف العلاقات، منهيتين قطيعة
استمرت سبع سنوات») is what the restoration ended: it takes in neither the restoration nor its
day. It is an event of its own only on a time its clause gives."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _found(events: list[dict]) -> list[tuple[str, str | None]]:
    return [(e["event_type"], e["date"]) for e in events]


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations, ending seven years of severed ties.",
            [("relations", "2023-03-10")],
            [("sanctions", "2023-03-10")],
        ),
        (
            "بكين - اتفقت المملكة العربية السعودية وإيران أمس الجمعة، في ختام محادثات استضافتها العاصمة الصينية، "
            "على استئناف العلاقات الدبلوماسية بينهما وإعادة فتح سفارتيهما خلال مدة أقصاها شهران، منهيتين قطيعة استمرت سبع سنوات.",
            [("relations", "2023-03-10")],
            [("sanctions", "2023-03-10")],
        ),
        (
            "اتفقت السعودية وإيران أمس الجمعة على استئناف العلاقات الدبلوماسية بينهما، منهيتين قطيعة استمرت سبع سنوات.",
            [("relations", "2023-03-10")],
            [("sanctions", "2023-03-10")],
        ),
        (
            "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations, ending a rupture that began when Riyadh severed ties in January 2016.",
            [("relations", "2023-03-10"), ("sanctions", "2016-01")],
            [("sanctions", "2023-03-10")],
        ),
        (
            "اتفقت السعودية وإيران أمس الجمعة على استئناف العلاقات الدبلوماسية بينهما، منهيتين قطيعة بدأت في يناير 2016.",
            [("relations", "2023-03-10"), ("sanctions", "2016-01")],
            [("sanctions", "2023-03-10")],
        ),
    ],
)
def test_the_restoration_and_the_break_it_ended(
    text: str, expected: list[tuple[str, str]], absent: list[tuple[str, str]]
) -> None:
    found = _found(extract(text, "2023-03-11"))
    for item in expected:
        assert item in found, found
    for item in absent:
        assert item not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a break in the main clause is the news, whatever its result clause tells
        ("Riyadh severed ties with Tehran on Sunday, ending years of strained relations.", ("sanctions", "2016-01-03")),
        ("قطعت السعودية علاقاتها مع إيران الأحد، منهية سنوات من التوتر.", ("sanctions", "2016-01-03")),
    ],
)
def test_a_break_in_the_main_clause(text: str, expected: tuple[str, str]) -> None:
    found = _found(extract(text, "2016-01-04"))
    assert expected in found, found
