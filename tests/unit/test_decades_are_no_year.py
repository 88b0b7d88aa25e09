"""A decade ("the 1970s", "السبعينيات") is ten years, none of them the deed's: it gives no year,
and a deed told in one is left undated rather than given the publication day."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources
from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "years"),
    [
        ("His agents abducted Japanese citizens in the 1970s and 1980s.", []),
        ("The economy grew in the early 1990's.", []),
        ("The border was closed in 1990 and 2000s records were lost.", ["1990"]),
        ("The border was closed in 1990 and 2000.", ["1990", "2000"]),
        ("The two countries fought a border war in 1998-2000.", ["1998"]),
        ("أغلقت الحدود في الثمانينيات.", []),
        ("أغلقت الحدود عام 1990.", ["1990"]),
    ],
)
def test_a_decade_gives_no_year(text, years):
    assert [d.value for d in find_dates(text, published="2017-06-05")] == years


def _dates(text: str, language: str) -> list[tuple[str, str | None]]:
    article = Article(id="t", text=text, published="2019-09-17", language=language)
    return [(e.event_type, e.date) for e in extract_article(article, load_resources())]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Egypt and Sudan fought a border war in the 1990s.", "en", [("attack", None)]),
        ("Protests erupted in Cairo in the 1980s.", "en", [("protest", None)]),
        ("Iran and Iraq fought a war in the mid-1980s that killed hundreds of thousands.", "en", [("attack", None)]),
        ("وشنت إسرائيل غارات على لبنان في الثمانينيات.", "ar", [("attack", None)]),
        ("وشنت إسرائيل غارات على لبنان في ثمانينات القرن الماضي.", "ar", [("attack", None)]),
        # a decade set off by a comma dates another clause; the deed of this one keeps its day
        (
            "Kim Jong-Il admitted on Tuesday that agents had abducted Japanese citizens in the 1970s, "
            "as he and Japanese Prime Minister Junichiro Koizumi held a summit in Pyongyang.",
            "en",
            [("meeting", "2019-09-17")],
        ),
        ("Protests erupted in Cairo on Monday.", "en", [("protest", "2019-09-16")]),
        ("وشنت إسرائيل غارات على لبنان عام 1982.", "ar", [("attack", "1982")]),
    ],
)
def test_a_deed_told_in_a_decade_is_undated(text, language, expected):
    assert _dates(text, language) == expected
