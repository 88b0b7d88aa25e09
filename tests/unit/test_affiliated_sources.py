"""An unnamed source told with the body it speaks from ("مصدر في الحكومة الكندية", "a source
in the ministry") is an official source when that body is one: the deed it reports in the
article's opening sentences is the news of the day."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources

OPENING_AR = "قالت أوتاوا إنها غاضبة. "
OPENING_EN = "Ottawa said it was angry. "


def found(text: str) -> set[tuple[str, str]]:
    article = Article(id="t", text=text, published="2018-08-10")
    return {(e.event_type, e.date) for e in extract_article(article, load_resources())}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            OPENING_AR + "وأفاد مصدر في الحكومة الكندية الخميس أن وزيرة الخارجية الكندية تحدثت مع نظيرها الألماني.",
            {("meeting", "2018-08-09")},
        ),
        (
            OPENING_AR + "وقالت مصادر من الجيش الليبي الخميس إن قوات الجيش هاجمت مواقع المسلحين في درنة.",
            {("attack", "2018-08-09")},
        ),
        (
            OPENING_EN + "A source in the Canadian government said on Thursday that Canada's foreign minister "
            "spoke with her German counterpart.",
            {("meeting", "2018-08-09")},
        ),
        (
            OPENING_EN
            + "Sources within the Libyan army said on Thursday that its troops attacked militant positions in Derna.",
            {("attack", "2018-08-09")},
        ),
        # a source in a place, not in an official body: still no more than a report
        (
            OPENING_AR + "وأفاد مصدر في المدينة الخميس أن وزيرة الخارجية الكندية تحدثت مع نظيرها الألماني.",
            set(),
        ),
    ],
)
def test_a_source_of_an_official_body_reports_the_news(text, expected):
    assert found(text) == expected
