"""Someone who declares or proclaims himself head of a state or a government takes that office:
an appointment ("Gen Tchiani declared himself head of the new transitional government")."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources

FRAME = "Niger's junta closed Niger's borders on Thursday. Niger's army backed the junta. {sentence}"


def appointments(sentence: str) -> list:
    article = Article(id="t", text=FRAME.format(sentence=sentence), published="2023-08-01")
    return [e for e in extract_article(article, load_resources()) if e.event_type == "appointment" and e.quote in sentence]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("On Friday, the head of the guard, Gen Tchiani, declared himself head of the new transitional government.", "2023-07-28"),
        ("On Friday, Gen Tchiani proclaimed himself the new president of Niger.", "2023-07-28"),
    ],
)
def test_declaring_oneself_head_is_taking_office(sentence, day):
    found = appointments(sentence)
    assert found and found[0].date == day and found[0].countries == ["NER"], found


@pytest.mark.parametrize(
    "sentence",
    [
        "On Friday, Gen Tchiani declared himself ready to talk to the regional bloc.",
        "On Friday, Gen Tchiani declared himself satisfied with the talks.",
    ],
)
def test_other_self_declarations_are_no_appointment(sentence):
    assert appointments(sentence) == []
