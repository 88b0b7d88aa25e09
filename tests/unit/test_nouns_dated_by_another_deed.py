"""A definite event word whose day is that of another deed its sentence tells, named nearer
that deed's word ("sent aid on Saturday for the wounded of the attack"; "who was in Tripoli when
the offensive began, met Haftar on Friday"), takes up the one deed of its type told in the week
before: one event, on that deed's day, with that deed's parties. A day named nearer the noun is
its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "هاجم مسلحون فندقا في مقديشو مساء الجمعة وقتلوا 21 شخصا. "
            "وأرسلت تركيا، أمس السبت، طائرة تحمل مساعدات طبية لجرحى الهجوم إلى مقديشو.",
            ["2022-08-19"],
        ),
        (
            "The Libyan National Army launched its offensive on Tripoli on Thursday. UN chief Antonio Guterres, "
            "who was in Tripoli when the offensive began, met Khalifa Haftar in Benghazi on Friday.",
            ["2022-08-18"],
        ),
        # the day named nearer the noun is the noun's own: a second attack
        (
            "The Libyan National Army launched its offensive on Tripoli on Thursday. On Friday, the army's "
            "offensive killed five civilians near Gharyan, and Guterres met Haftar in Benghazi.",
            ["2022-08-18", "2022-08-19"],
        ),
    ],
)
def test_a_noun_dated_by_another_deed_takes_up_the_deed_told_before(text, dates):
    found = of_type(extract(text, "2022-08-21"), "attack")
    assert sorted(e["date"] for e in found) == dates, [(e["date"], e["trigger"]) for e in found]


def test_the_deed_keeps_its_own_parties():
    text = (
        "هاجم مسلحون فندقا في مقديشو مساء الجمعة وقتلوا 21 شخصا. "
        "وأرسلت تركيا، أمس السبت، طائرة تحمل مساعدات طبية لجرحى الهجوم إلى مقديشو."
    )
    (attack,) = of_type(extract(text, "2022-08-21"), "attack")
    assert attack["countries"] == ["SOM"]
