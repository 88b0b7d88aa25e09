"""An arrest told in a sentence naming no country, in an article no country leads by a clear
margin, dated in its own sentence, is a step of the affair of the arrests and verdicts told
before it: it takes the countries of the last one, placed where that one was
(data/assembly.json `affair_types`). Undated, it tells one of them again; with none before, it
names no country."""

from __future__ import annotations

import pytest

from events.assemble.parties import affair_told_before, load_affair_types
from events.model import Article, Event
from events.pipeline import extract_article
from events.resources import load_resources

EGYPT_SUDAN = (
    "Egypt and Sudan held talks on the Nile dam on Sunday, and Egyptian and Sudanese officials called them "
    "useful. {sentence}"
)
JORDAN_SAUDI = (
    "بحث الأردن والسعودية التعاون التجاري يوم الاثنين، وأشاد مسؤولون أردنيون وسعوديون بالمحادثات. {sentence}"
)


def arrests_in(text: str, language: str, words: str) -> list[tuple[str | None, list[str], str | None]]:
    article = Article(id="t", text=text, published="2021-07-12", language=language)
    return [
        (e.date, list(e.countries), (e.location or {}).get("country"))
        for e in extract_article(article, load_resources())
        if e.event_type == "arrest" and words in e.quote
    ]


@pytest.mark.parametrize(
    ("text", "language", "words", "found"),
    [
        (
            EGYPT_SUDAN.format(
                sentence="An Egyptian court sentenced the blogger Amr Salem to five years in prison on Sunday. "
                "His friend Hany Saad was arrested in May 2020 and freed a year later."
            ),
            "en", "Hany Saad", ("2020-05", ["EGY"], "EGY"),
        ),
        (
            "Five Americans held in Iran flew home on Monday after a deal with the United States. Among them "
            "was Karim Nouri, a trader arrested in Iran in June 2016. The others included the writer Leila "
            "Farzan, detained in March 2019.",
            "en", "Leila Farzan", ("2019-03", ["IRN"], "IRN"),
        ),
        (
            JORDAN_SAUDI.format(
                sentence="وقضت محكمة أردنية يوم الاثنين بسجن الوزير السابق خالد ناصر خمس سنوات. "
                "وكان مساعده سامي يوسف قد اعتقل في مارس 2020."
            ),
            "ar", "سامي يوسف", ("2020-03", ["JOR"], "JOR"),
        ),
    ],
)
def test_a_dated_arrest_joins_the_affair_told_before(text, language, words, found):
    assert arrests_in(text, language, words) == [found]


@pytest.mark.parametrize(
    ("text", "language", "words"),
    [
        # undated: the arrests told before, told again
        (
            JORDAN_SAUDI.format(
                sentence="وقضت محكمة أردنية يوم الاثنين بسجن الوزير السابق خالد ناصر خمس سنوات. "
                "ويعد ناصر أبرز من تم اعتقالهم."
            ),
            "ar", "أبرز من",
        ),
        # no arrest told before: no country to take
        (EGYPT_SUDAN.format(sentence="The blogger Amr Salem was arrested in May 2020."), "en", "Amr Salem"),
        (JORDAN_SAUDI.format(sentence="وكان الصحفي سامي يوسف قد اعتقل في مارس 2020."), "ar", "سامي يوسف"),
    ],
)
def test_no_affair_no_arrest(text, language, words):
    assert arrests_in(text, language, words) == []


def test_affair_told_before_keeps_the_place_first():
    earlier = Event(
        event_id="e", article_id="t", event_type="arrest", cameo="111", date="2016-06", date_precision="month",
        date_basis="explicit", title="", quote="", trigger="arrested", countries=["USA", "IRN"],
        location={"country": "IRN"},
    )
    assert "arrest" in load_affair_types()
    assert affair_told_before("arrest", [earlier]) == ["IRN", "USA"]
    assert affair_told_before("protest", [earlier]) is None
