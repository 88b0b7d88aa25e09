"""Events told again after a reaction to them (real resources)."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article


def extract(text: str, published: str) -> list[dict]:
    from events.resources import load_resources

    article = Article(id="t", text=text, published=published)
    return [e.to_dict() for e in extract_article(article, load_resources())]


def of_type(found: list[dict], event_type: str) -> list[dict]:
    return [e for e in found if e["event_type"] == event_type]


@pytest.mark.parametrize(
    "text",
    [
        "Earlier, on March 10, Iran and Saudi Arabia agreed in Beijing to restore diplomatic relations. "
        "Lavrov welcomed the Chinese-brokered deal, saying Moscow had long advocated dialogue between Tehran and Riyadh.",
        "Yemen's government and the Houthis had agreed in Stockholm in December 2018 to exchange prisoners. "
        'UN envoy Hans Grundberg hailed the agreement as a "positive step".',
        "ووقعت إيران والسعودية في بكين في العاشر من مارس اتفاقا لاستئناف العلاقات الدبلوماسية. "
        "ورحب لافروف بالاتفاق، قائلا إن موسكو دعت طويلا إلى الحوار بين طهران والرياض.",
        "ووقعت إيران والسعودية في بكين في العاشر من مارس اتفاقا لاستئناف العلاقات الدبلوماسية. "
        "وأشاد لافروف بالاتفاق، قائلا إن موسكو دعت طويلا إلى الحوار بين طهران والرياض.",
    ],
)
def test_a_welcomed_agreement_is_not_a_new_one(text):
    found = of_type(extract(text, "2023-03-15"), "agreement")
    assert found and all(e["date_basis"] != "publication" for e in found), found
