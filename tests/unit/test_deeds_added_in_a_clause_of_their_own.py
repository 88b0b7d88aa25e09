"""A sentence telling two deeds of one type, the second by a verb opening its own clause after a
comma and كما or فيما ("وصلت فرق إنقاذ إيطالية، كما حطت طائرة كويتية تقل فريقا طبيا"), or in
English after ", and" and a subject of its own: two events, each with the doers of its own
clause, not one event with both sides' countries."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _of_type(text: str, published: str, event_type: str) -> list[set[str]]:
    return sorted(
        (set(e["countries"]) for e in extract(text, published) if e["event_type"] == event_type),
        key=lambda c: sorted(c),
    )


@pytest.mark.parametrize(
    ("text", "published", "event_type", "expected"),
    [
        (
            "وصلت صباح الثلاثاء إلى مطار أضنة فرق إنقاذ إيطالية تضم 40 عنصرا، كما حطت في اليوم نفسه "
            "طائرة كويتية تقل فريقا للبحث والإنقاذ.",
            "2023-02-08",
            "aid",
            [{"ITA", "TUR"}, {"KWT", "TUR"}],
        ),
        (
            "ووصل إلى تركيا يوم الثلاثاء 30 عنصرا من وحدة الحماية المدنية الإيطالية، كما حطت في مطار أضنة "
            "طائرة تقل فريق إنقاذ كويتيا من 25 متخصصا.",
            "2023-02-08",
            "aid",
            [{"ITA", "TUR"}, {"KWT", "TUR"}],
        ),
        (
            "Italian rescue teams arrived in Adana on Tuesday morning to help earthquake victims, and a "
            "Kuwaiti plane carrying a search and rescue team landed at the airport the same day.",
            "2023-02-08",
            "aid",
            [{"ITA", "TUR"}, {"KWT", "TUR"}],
        ),
    ],
)
def test_each_deed_keeps_the_doers_of_its_own_clause(text, published, event_type, expected):
    assert _of_type(text, published, event_type) == expected
