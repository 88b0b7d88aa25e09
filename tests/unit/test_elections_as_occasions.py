"""An election named as the occasion of a measure or what it prepares for ("أغلقت السلطات
المعابر حتى منتصف ليل الأحد بمناسبة الانتخابات النيابية", "crossings would close until Sunday on
the occasion of the parliamentary elections"): the vote is what the measure is for, not told held,
and with no date of its own it is no event."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources


def elections(text: str) -> list[dict]:
    article = Article(id="t", text=text, published="2021-11-05")
    return [e.to_dict() for e in extract_article(article, load_resources()) if e.event_type == "election"]


@pytest.mark.parametrize(
    "text",
    [
        "وأعلنت السلطات الأردنية، الأربعاء، إغلاق المعابر البرية لمدة يومين، حتى منتصف ليل الأحد، بمناسبة الانتخابات النيابية.",
        "The Jordanian authorities announced on Wednesday that land crossings would close for two days, until midnight on "
        "Sunday, on the occasion of the parliamentary elections.",
    ],
)
def test_an_election_named_as_the_occasion_of_a_measure_is_no_event(text):
    assert elections(text) == []
