"""A word of the time told before ("آنذاك", "at the time") right before a time of its own, with
at most a preposition between ("ولي العهد آنذاك في مارس 2023", "the crown prince at the time in
March 2023"), qualifies the name before it (the then crown prince): the deed is dated by the time
that follows, not by the one told before."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources


@pytest.mark.parametrize(
    "text",
    [
        "عين أمير الكويت في الرابع من يناير الماضي رئيسا جديدا للوزراء في الكويت. "
        "وكان رئيس الوزراء السابق قد رفع استقالة حكومته إلى ولي العهد الكويتي آنذاك في مارس 2023.",
        "Kuwait's emir appointed a new prime minister on January 4. The former premier had submitted "
        "his government's resignation to the Kuwaiti crown prince at the time in March 2023.",
    ],
)
def test_the_time_after_at_the_time_dates_the_deed(text):
    article = Article(id="t", text=text, published="2024-05-10")
    dates = sorted(e.date for e in extract_article(article, load_resources()) if e.event_type == "appointment")
    assert dates == ["2023-03", "2024-01-04"], dates
