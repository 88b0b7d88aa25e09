"""Two changes of office in one sentence, on days of their own, the second in a clause of "after"
or "before" with a verb of its own ("was designated prime minister in December after his
predecessor, Saad Hariri, resigned on October 29"): two events, each on its own day."""

from __future__ import annotations

import pytest

from events.assemble.candidates import _PART_BOUNDARY
from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources

FRAME_EN = "Lebanon's government resigned on Monday. The Lebanese prime minister said Lebanon needed change. {sentence}"
FRAME_AR = "استقالت الحكومة اللبنانية الاثنين. وقال رئيس الوزراء اللبناني إن لبنان بحاجة إلى التغيير. {sentence}"


def appointments(text: str) -> list[dict]:
    article = Article(id="t", text=text, published="2020-08-11")
    return [e.to_dict() for e in extract_article(article, load_resources()) if e.event_type == "appointment"]


@pytest.mark.parametrize(
    ("frame", "sentence", "days"),
    [
        (
            FRAME_EN,
            "Diab, a university professor, was designated prime minister in December after his predecessor, "
            "Saad Hariri, resigned on October 29, 2019.",
            {"2019-12", "2019-10-29"},
        ),
        (
            FRAME_AR,
            "وكان دياب قد كلف بتشكيل الحكومة في ديسمبر 2019 بعد أن استقال سلفه سعد الحريري في 29 أكتوبر 2019.",
            {"2019-12", "2019-10-29"},
        ),
    ],
)
def test_a_clause_of_after_with_its_own_verb_and_day_tells_another_change_of_office(frame, sentence, days):
    found = {e["date"] for e in appointments(frame.format(sentence=sentence)) if e["quote"] in sentence}
    assert days <= found, found


@pytest.mark.parametrize(
    ("between", "cut"),
    [
        (" after his predecessor, Saad Hariri, resigned on ", True),
        (" after the army had removed him on ", True),
        (" بعد أن استقال سلفه في ", True),
        # "after" opening a noun phrase, no verb of its own: no second clause
        (" after talks in Geneva on ", False),
        (" after the 2019 protests on ", False),
    ],
)
def test_after_opens_a_part_only_with_a_verb_of_its_own(between, cut):
    assert (_PART_BOUNDARY.search(between) is not None) is cut
