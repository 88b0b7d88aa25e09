"""Arabic dating by the report's own frame: a deed told by a verb in the past in a later
paragraph, with no time of its own, is the news of the one recent day the first sentence names;
not a deed told after a word of another time or tense (كان ... قد، بعد ذلك) or of saying."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_LEAD = "اتفقت مصر والسودان على إنشاء لجنة مشتركة لإدارة مياه النيل، وفق بيان صدر أمس الخميس في القاهرة.\n"
_NEXT = "ونص البيان على التعاون في مجالات الري والزراعة. "


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            _LEAD + _NEXT + "وزار وزير الخارجية السوداني القاهرة وأجرى مباحثات مع نظيره المصري.",
            "2024-03-08",
            "visit",
            "2024-03-07",
        ),
    ],
)
def test_a_later_paragraph_takes_the_leads_day(text: str, published: str, event_type: str, date: str) -> None:
    later = text.index("\n")
    found = [e for e in of_type(extract(text, published), event_type) if e["spans"]["trigger"][0] > later]
    assert [e["date"] for e in found] == [date]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # the pluperfect: told as background
        (
            _LEAD + _NEXT + "وكان وزير الخارجية السوداني قد زار القاهرة وأجرى مباحثات مع نظيره المصري.",
            "2024-03-08",
            "visit",
            "2024-03-07",
        ),
        # a word of another time before the deed
        (
            _LEAD + _NEXT + "وبعد ذلك زار وزير الخارجية السوداني القاهرة وأجرى مباحثات مع نظيره المصري.",
            "2024-03-08",
            "visit",
            "2024-03-07",
        ),
        # the deed's paragraph in English goes on by the lead's own links
        ("The two leaders met in Ankara on Tuesday. Jordan's king visited Cairo.", "2024-05-10", "visit", "2024-05-07"),
    ],
)
def test_a_deed_not_told_as_the_leads_news_keeps_no_lead_day(
    text: str, published: str, event_type: str, date: str
) -> None:
    found = of_type(extract(text, published), event_type)
    assert found and date not in [e["date"] for e in found]
