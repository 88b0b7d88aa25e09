"""Places: a country named after a word of one of its quarters (northeast Syria, north-east
Syria, south-western Turkey; شمال شرق سوريا) is a region of that country and where the deed took
place, not a side of it; a town news spells in more than one way (Ras al-Ain, Ras al-Ayn, رأس
العين) is found in each spelling (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _countries(text: str, published: str, event_type: str) -> list[str | None]:
    return [(e["location"] or {}).get("country") for e in extract(text, published) if e["event_type"] == event_type]


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("A US jet shot down a Turkish drone in northeast Syria on Thursday.", "attack", "SYR"),
        ("An American warplane downed an Iranian drone in north-east Syria on Friday.", "attack", "SYR"),
        ("Russia deployed more troops to northwest Syria on Tuesday.", "deployment", "SYR"),
        ("Kurdish protesters rallied in south-eastern Turkey on Sunday.", "protest", "TUR"),
        ("Turkish and Syrian troops clashed near Ras al-Ain on Tuesday.", "attack", "SYR"),
        ("أسقطت مقاتلة أمريكية طائرة مسيرة تركية في شمال شرق سوريا يوم الخميس.", "attack", "SYR"),
        ("اشتبكت القوات التركية والقوات السورية قرب رأس العين يوم الثلاثاء.", "attack", "SYR"),
    ],
)
def test_a_quarter_of_a_country_and_a_town_of_two_spellings_are_the_place(text, event_type, country) -> None:
    found = _countries(text, "2019-10-24", event_type)
    assert found and found[0] == country, found
