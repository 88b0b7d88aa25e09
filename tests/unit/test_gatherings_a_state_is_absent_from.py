"""A gathering a state is said to be absent from ("ولن تكون دمشق ممثلة في القمة", "Syria will not
be represented at the summit"): the sentence tells the state's absence, not the gathering, and
makes no meeting of its own."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources


def meetings(text: str) -> list[dict]:
    article = Article(id="t", text=text, published="2022-09-12")
    return [e.to_dict() for e in extract_article(article, load_resources()) if e.event_type == "meeting"]


@pytest.mark.parametrize(
    "text",
    [
        "ولن تكون ليبيا ممثلة في القمة التي تنطلق الأحد في الجزائر.",
        "ولم يكن السودان ممثلا في الاجتماع الذي عقد أمس في القاهرة.",
    ],
)
def test_a_gathering_a_state_is_absent_from_makes_no_meeting(text):
    assert meetings(text) == []
