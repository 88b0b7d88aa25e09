"""An election told by its results is the vote told beside it, and no second event; but a vote
named only to count days from it («قبل أيام من الاقتراع», "days before the vote") dates another
deed on a day not its own, and the results announced weeks later stay an event of their own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2011-02-08"


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت مفوضية الاستفتاء أمس النتائج النهائية للاستفتاء على تقرير مصير جنوب السودان. "
        "وكان البشير قد زار جوبا في الرابع من يناير الماضي، قبل أيام من الاقتراع.",
        "The referendum commission announced the final results of the referendum on southern Sudan's future on Monday. "
        "Bashir visited Juba on Jan. 4, days before the vote.",
        "أعلنت مفوضية الاستفتاء أمس النتائج النهائية للاستفتاء على تقرير مصير جنوب السودان. "
        "وكان البشير قد زار جوبا في الرابع من يناير الماضي، قبل أيام قليلة من الاقتراع.",
        "أعلنت مفوضية الاستفتاء أمس النتائج النهائية للاستفتاء على تقرير مصير جنوب السودان. "
        "وكان البشير قد زار جوبا في الرابع من يناير الماضي، قبل أيام من إجراء الاستفتاء.",
    ],
)
def test_results_stay_beside_a_vote_named_only_to_count_days_from(text):
    assert "2011-02-07" in [e["date"] for e in of_type(extract(text, PUB), "election")]


def test_results_beside_the_vote_they_count_are_one_event():
    text = (
        "The commission announced the final results of the referendum on Monday. "
        "Southern Sudanese voted in the referendum on Jan. 9 for independence."
    )
    assert "2011-02-07" not in [e["date"] for e in of_type(extract(text, PUB), "election")]
