"""More sentence shapes of English wire copy (AP, AFP, BBC, The National, Middle East Eye)."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article


def extract(text: str, published: str) -> list[dict]:
    from events.resources import load_resources

    article = Article(id="t", text=text, published=published)
    return [e.to_dict() for e in extract_article(article, load_resources())]


def types(text: str, published: str) -> list[str]:
    return [e["event_type"] for e in extract(text, published)]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # verbs that double their last consonant before -ing
        ("Morocco said on Tuesday it was cutting diplomatic ties with Iran.", "sanctions"),
        ("The UAE is expelling Qatari diplomats, officials said on Monday.", "sanctions"),
        ("Egypt is banning Qatari planes from landing at its airports, officials said on Monday.", "sanctions"),
        ("Iraq's prime minister Adel Abdul Mahdi is stepping down, parliament said on Sunday.", "appointment"),
        ("The foreign minister of Qatar was travelling to Moscow on Tuesday.", "visit"),
    ],
)
def test_english_ing_forms_of_doubling_verbs_are_triggers(text, event_type):
    assert event_type in types(text, "2018-05-01")


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        ("The LNA seized the southern town of Gharyan overnight, residents said.", "attack", True),
        ("Islamic State seized the city of Mosul in June 2014.", "attack", True),
        ("Police seized weapons in the town of Tal Afar on Friday.", "attack", False),
        ("Sudan's military toppled President Omar al-Bashir on Thursday.", "appointment", True),
        ("The army overthrew President Mohamed Morsi in July 2013.", "appointment", True),
    ],
)
def test_seizing_a_town_is_an_attack_and_toppling_a_leader_removes_him(text, event_type, expected):
    assert (event_type in types(text, "2019-04-12")) == expected
