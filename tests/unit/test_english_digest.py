"""Shapes of English digest, agency and court copy (Anadolu, Xinhua, TASS, Gulf News, Asharq Al-Awsat)."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article


def extract(text: str, published: str = "2018-10-17") -> list[dict]:
    from events.resources import load_resources

    article = Article(id="t", text=text, published=published)
    return [e.to_dict() for e in extract_article(article, load_resources())]


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Egypt and China signed 21 agreements worth 15 billion US dollars on Thursday.", {"EGY", "CHN"}),
        ("Egypt and China signed 21 agreements worth 15 billion U.S. dollars on Thursday.", {"EGY", "CHN"}),
        ("وقعت مصر والصين الخميس 21 اتفاقية بقيمة 15 مليار دولار أمريكي.", {"EGY", "CHN"}),
        ("وقعت مصر والصين الخميس اتفاقيات بمليارات الدولارات الأمريكية.", {"EGY", "CHN"}),
    ],
)
def test_a_sum_in_us_dollars_adds_no_country(text, countries):
    found = [e for e in extract(text) if e["event_type"] == "agreement"]
    assert found and set(found[0]["countries"]) == countries, found
    assert (found[0]["location"] or {}).get("country") != "USA"
