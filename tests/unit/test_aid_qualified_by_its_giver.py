"""A country named as the qualifier of aid's noun ("in US assistance", "in Saudi aid") is its
giver even after "in": aid is received at the other side's, though the giver be named twice."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources


def aid_places(text: str) -> list[str | None]:
    article = Article(id="t", text=text, published="2021-07-12")
    return [(e.location or {}).get("country") for e in extract_article(article, load_resources()) if e.event_type == "aid"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Lebanon is a close US partner and receives about $300 million a year in US assistance.", "LBN"),
        ("Tunisia is a US partner and receives $200 million a year in US military aid.", "TUN"),
        ("وأرسلت السعودية مساعدات إنسانية إلى اليمن.", "YEM"),
    ],
)
def test_aid_takes_place_at_the_receivers(text, country):
    assert aid_places(text) and all(c == country for c in aid_places(text)), aid_places(text)
