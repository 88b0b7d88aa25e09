"""An event of any type told in a clause that opens after a comma with a word of simultaneity or
contrast (فيما، بينما، في حين, while) is another event than the clause before it: it takes none of
that clause's names as a side or a place, once its own clause names one ("وتغلق مصر المعبر، فيما
تفرض إسرائيل حصارا خانقا على القطاع": Israel's blockade, not Egypt's). The clause before keeps
its own names, and a clause after such a word that names none of its own keeps the sentence's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _sides(text: str, published: str, event_type: str) -> list[tuple[list[str], str | None, str | None]]:
    return [
        (e["countries"], e["actor2"], (e["location"] or {}).get("country")) for e in of_type(extract(text, published), event_type)
    ]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "sides"),
    [
        (
            "وتغلق مصر المعبر منذ عدة سنوات، فيما تفرض إسرائيل حصارا خانقا منذ عشر سنوات على القطاع.",
            "2018-05-18",
            "sanctions",
            [(["ISR"], None, "ISR")],
        ),
        (
            "Egypt has kept the Rafah crossing shut for years, while Israel has imposed a blockade on the Gaza Strip since 2007.",
            "2018-05-18",
            "sanctions",
            [(["ISR", "PSE"], None, "PSE")],
        ),
        # the clause before keeps its own names; the one after is placed by its own
        (
            "وطردت تركيا السفير الإسرائيلي في أنقرة والقنصل العام الإسرائيلي في إسطنبول، بينما طردت إسرائيل القنصل العام التركي.",
            "2018-05-16",
            "sanctions",
            [(["TUR", "ISR"], "ISR", "TUR"), (["ISR", "TUR"], "TUR", "ISR")],
        ),
        (
            "Turkey expelled the Israeli ambassador in Ankara and the consul in Istanbul, while Israel expelled the Turkish consul general.",
            "2018-05-16",
            "sanctions",
            [(["TUR", "ISR"], "ISR", "TUR"), (["ISR", "TUR"], "TUR", "ISR")],
        ),
    ],
)
def test_an_event_after_while_takes_no_name_of_the_clause_before(text, published, event_type, sides):
    assert _sides(text, published, event_type) == sides


@pytest.mark.parametrize(
    ("text", "published", "event_type", "sides"),
    [
        # the event before the connector keeps its names (the one after takes its own)
        (
            "فرضت الولايات المتحدة عقوبات على إيران الأحد، فيما قالت روسيا إنها سترد.",
            "2018-05-16",
            "sanctions",
            [(["USA", "IRN"], "IRN", "USA")],
        ),
        (
            "شنت تركيا غارات على مواقع في شمال العراق، فيما قصفت القوات الإيرانية مواقع في أربيل.",
            "2018-05-16",
            "attack",
            [(["TUR", "IRQ"], "IRQ", "IRQ"), (["IRN", "IRQ"], None, "IRQ")],
        ),
    ],
)
def test_the_clause_before_keeps_its_names(text, published, event_type, sides):
    assert _sides(text, published, event_type) == sides
