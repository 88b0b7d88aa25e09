"""An oath of office whose taker is told only by a pronoun ("just one day after he was sworn in")
and an oath of the same day in the same country told further on ("Ibn Auf was sworn in later that
day") are one oath."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources


def oaths(text: str, published: str) -> list[dict]:
    article = Article(id="t", text=text, published=published)
    return [
        e.to_dict()
        for e in extract_article(article, load_resources())
        if e.event_type == "appointment" and ("sworn" in e.trigger or "oath" in e.trigger)
    ]


def test_an_oath_told_by_a_pronoun_is_the_one_told_further_on():
    text = (
        "The head of Sudan's military council has stepped down on Friday, just one day after he was sworn in. "
        "On Thursday, the Sudanese army announced it had toppled the president. "
        "Ibn Auf was sworn in later that day as head of a transitional military council in Sudan."
    )
    found = oaths(text, "2019-04-13")
    assert len(found) == 1, found


@pytest.mark.parametrize(
    "text",
    [
        # two takers named, each by a name of their own: two oaths
        "Ahmed Saleh was sworn in as Sudan's defence minister on Thursday. "
        "Kamal Abdelmarouf was sworn in as Sudan's army chief on Thursday.",
    ],
)
def test_oaths_of_takers_named_apart_stay_apart(text):
    assert len(oaths(text, "2019-04-13")) == 2
