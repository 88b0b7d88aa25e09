"""A deed a party prepares or plans under its own possessive ("NATO is preparing its biggest
exercises since the Cold War", «ويستعد حلف الناتو لإجراء أكبر مناوراته») is still to come; a
deed done after such preparing, or held by the same sides, is told."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2024-01-24"


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        (
            "NATO is preparing its biggest exercises since the Cold War, Steadfast Defender 2024, "
            "which will involve about 90,000 troops from Sweden and Turkey and run until May.",
            "military_exercise",
            [],
        ),
        ("ويستعد حلف الناتو لإجراء أكبر مناوراته منذ الحرب الباردة بمشاركة السويد وتركيا.", "military_exercise", []),
        ("Turkey and Sweden are preparing their joint exercises in the Aegean, officials said.", "military_exercise", []),
        # near misses: deeds done
        ("Swedish and Turkish troops held joint exercises in Turkey on Tuesday.", "military_exercise", ["2024-01-23"]),
        ("أجرت القوات السويدية والتركية مناورات مشتركة في تركيا يوم الثلاثاء.", "military_exercise", ["2024-01-23"]),
        ("Israel launched its offensive in Gaza on Wednesday after planning its moves for weeks.", "attack", ["2024-01-24"]),
    ],
)
def test_a_deed_prepared_under_its_possessive_is_still_to_come(text, event_type, dates):
    assert [e["date"] for e in of_type(extract(text, PUB), event_type)] == dates
