"""Sentence shapes of English wire copy (Reuters, AP, AFP, Al Jazeera English),
each with its Arabic counterpart where the rule is shared (real resources)."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article


def extract(text: str, published: str = "2017-09-08") -> list[dict]:
    from events.resources import load_resources

    article = Article(id="t", text=text, published=published)
    return [e.to_dict() for e in extract_article(article, load_resources())]


@pytest.mark.parametrize(
    ("text", "event_type", "date", "reference"),
    [
        (
            "Kuwait's emir met Donald Trump at the White House on Thursday, "
            "his first visit to Washington since the Gulf rift began.",
            "visit",
            "2017-09-07",
            "qatar_boycott_2017",
        ),
        (
            "Kuwait's emir met Donald Trump at the White House on Thursday, "
            "his first visit to Washington after the boycott of Qatar.",
            "visit",
            "2017-09-07",
            "qatar_boycott_2017",
        ),
        (
            "التقى أمير الكويت الرئيس الأمريكي دونالد ترامب في واشنطن يوم الخميس في أول زيارة له بعد حصار قطر.",
            "visit",
            "2017-09-07",
            "qatar_boycott_2017",
        ),
    ],
)
def test_a_catalogued_event_named_as_the_setting_keeps_the_sentences_own_event(text, event_type, date, reference):
    found = extract(text)
    own = [e for e in found if e["event_type"] == event_type]
    assert own and own[0]["date"] == date, found
    assert any(e["reference_id"] == reference for e in found), found
