"""An Arabic word of simultaneity or contrast (فيما، بينما، في حين) opens the clause of another deed
even with no comma before it: an event word before it takes no side from that clause, whether
its own clause lacks one or names one there ("عززت جماعة الحوثي تواجدها في الحديدة اليوم فيما
يقترب التحالف بقيادة السعودية من وسط المدينة": the Houthis' deployment, no Saudi or Emirati side),
unless a word after it makes it mean "as regards", "later", "whether" or "seemingly" (فيما يتعلق،
فيما بعد، فيما إذا، فيما يبدو)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _sides(text: str, published: str, event_type: str) -> list[tuple[list[str], str | None, str | None]]:
    return [(e["countries"], e["actor1"], e["actor2"]) for e in of_type(extract(text, published), event_type)]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "sides"),
    [
        (
            "عززت جماعة الحوثي من تواجدها العسكري في مدينة الحديدة اليوم الأحد فيما يقترب التحالف بقيادة السعودية من وسط المدينة.",
            "2018-06-24",
            "deployment",
            [(["YEM"], "houthis", None)],
        ),
        (
            "أرسلت تركيا تعزيزات عسكرية إلى إدلب الأحد بينما كانت روسيا تدعو إلى التهدئة.",
            "2018-06-24",
            "deployment",
            [(["TUR", "SYR"], "TUR", None)],
        ),
        (
            "سيطرت قوات التحالف على مطار الحديدة يوم الأربعاء فيما تواصلت جهود الأمم المتحدة للتوصل إلى حل سياسي.",
            "2018-06-24",
            "attack",
            [(["YEM"], None, None)],
        ),
    ],
)
def test_no_side_is_drawn_past_a_bare_while(text, published, event_type, sides):
    assert _sides(text, published, event_type) == sides


@pytest.mark.parametrize(
    ("text", "published", "event_type", "sides"),
    [
        ("اتصل السفير الروسي بوزير الخارجية القطري لمعرفة فيما إذا كانت قطر ستشارك.", "2018-06-24", "meeting", [(["RUS", "QAT"], "RUS", "QAT")]),
        (
            "نشرت قطر قوات في اليمن فيما يتعلق بالتحالف بقيادة السعودية.",
            "2018-06-24",
            "deployment",
            [(["QAT", "YEM", "SAU", "ARE"], "QAT", "YEM")],
        ),
    ],
)
def test_whether_and_as_regards_open_no_clause(text, published, event_type, sides):
    assert _sides(text, published, event_type) == sides
