"""Talks a source tells as under way ("وقال مصدر إن مفاوضات تجري مع الجانب التركي"; "a source
said negotiations are under way with the Turkish side") go on as the article is written: the
day's news, not hearsay. Talks the source tells as planned or as held before, with no time of
their own, stay unreported as before."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

APRIL = "2018-04-03"


@pytest.mark.parametrize(
    "text",
    [
        "وقال مصدر إن مفاوضات تجري مع الجانب التركي للسماح بدخول القافلة.",
        "وأفاد مصدر مطلع بأن المحادثات جارية مع الجانب التركي.",
        "A source said negotiations are under way with the Turkish side to let the convoy in.",
        "A source said talks are ongoing with the Turkish side.",
    ],
)
def test_talks_under_way_are_the_days_news(text: str) -> None:
    meetings = of_type(extract(text, APRIL), "meeting")
    assert [(m["date"], m["countries"]) for m in meetings] == [(APRIL, ["TUR"])], text


@pytest.mark.parametrize(
    "text",
    [
        "وقال مصدر إن مفاوضات ستجري مع الجانب التركي الأسبوع المقبل.",
        "وقال مصدر إن مفاوضات جرت مع الجانب التركي.",
        "A source said negotiations will be held with the Turkish side next week.",
        "A source said negotiations had been held with the Turkish side.",
    ],
)
def test_talks_planned_or_held_before_are_not_under_way(text: str) -> None:
    assert not of_type(extract(text, APRIL), "meeting"), text
