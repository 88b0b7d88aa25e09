"""An event word told again in a sentence of its own still leaves the sentence's other events:
the talks an outcome told again came after, and a visit whose next word only the quote of
the sentence that tells it contains."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble import talks_before
from events.model import Event


@pytest.mark.parametrize(
    ("text", "published", "month"),
    [
        # the outcome told first, then again by "The agreement" with the talks it came after
        (
            "Sudan's army and the rebel alliance signed a ceasefire on Friday. The agreement was signed in Juba "
            "by the heads of the two delegations, after five days of talks hosted by the African Union.",
            "2024-03-16",
            "2024-03",
        ),
        (
            "Kenya and Somalia signed a border agreement on Monday. The accord was signed in Nairobi by the two "
            "foreign ministers, after three weeks of talks mediated by the African Union.",
            "2024-05-15",
            "2024-05",
        ),
    ],
)
def test_talks_before_an_outcome_told_again_are_held(text, published, month):
    assert [e["date"] for e in of_type(extract(text, published), "meeting")] == [month]


def _event(event_type: str, quote: tuple[int, int], trigger: tuple[int, int]) -> Event:
    return Event(
        event_id="",
        article_id="a",
        event_type=event_type,
        cameo=None,
        date="2024-03-15",
        date_precision="day",
        date_basis="relative",
        title="",
        quote="",
        trigger="",
        countries=["SDN"],
        spans={"quote": list(quote), "trigger": list(trigger)},
    )


@pytest.mark.parametrize(
    ("first", "again", "kept"),
    [
        # "وقع الطرفان اتفاقا ... ووقع الاتفاق في جوبا بعد مفاوضات", "signed a truce ... The deal was signed"
        ("ceasefire", "agreement", True),
        ("agreement", "agreement", True),
        # an attack told again is no outcome of talks
        ("attack", "attack", False),
    ],
)
def test_an_outcome_told_again_stands_where_it_is_told(first, again, kept):
    antecedent = _event(first, (0, 40), (10, 18))
    stand_in = talks_before.retold_outcome(antecedent, _event(again, (41, 120), (45, 54)))
    assert [(e.date, e.spans["quote"], e.spans["trigger"]) for e in stand_in] == (
        [("2024-03-15", [41, 120], [45, 54])] if kept else []
    )
    assert antecedent.spans["quote"] == [0, 40]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the noun's next word ("نادرة", "rare") is in the sentence that tells the earlier visit
        (
            "ويأتي القرار بعد أيام من زيارة رئيس الوزراء العراقي وأعضاء حكومته إلى البصرة مطلع الشهر الجاري، حيث عقدت "
            "الحكومة أول اجتماع لها في المدينة منذ 2019، ولحق بهم وزير الدفاع القطري في زيارة نادرة لمسؤول قطري بهذا المستوى.",
            "2024-03-20",
        ),
    ],
)
def test_a_noun_whose_next_word_is_in_its_own_sentence_is_no_retelling(text, published):
    assert len(of_type(extract(text, published), "visit")) == 2
