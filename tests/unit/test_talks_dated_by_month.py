"""A definite word of talks, a meeting, a truce or a deal told with no time of its own ("الذي
رعت بلاده المفاوضات", "وأثار اللقاء غضبا", "whose government mediated the talks") takes up
the one telling of its type the article dates, though that telling is dated by its month only
and long before the publication ("مفاوضات الدوحة التي انطلقت في سبتمبر الماضي", "met his
counterpart in Rome in February"): one event, in that month, not a second one on the day of
the publication. A month still to come is no meeting the word can take up."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-03-01"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "وقعت الحكومة الأفغانية وحركة طالبان أمس اتفاقا في الدوحة، بحضور أمير قطر الذي رعت بلاده المفاوضات. "
            "وجاء الاتفاق بعد مفاوضات الدوحة التي انطلقت في سبتمبر الماضي.",
            ["2020-09"],
        ),
        (
            "وأثار اللقاء غضبا واسعا في الأردن. "
            "وكان وزير الخارجية الأردني قد التقى نظيره الإسرائيلي في روما في فبراير الماضي.",
            ["2021-02"],
        ),
        (
            "Ethiopia, whose government mediated the talks, welcomed the deal between Sudan and South Sudan. "
            "The two countries began the talks in Addis Ababa in January.",
            ["2021-01"],
        ),
        (
            "Jordanian lawmakers demanded that everyone who took part in the meeting be held to account. "
            "Jordan's foreign minister had met his Israeli counterpart in Rome in February.",
            ["2021-02"],
        ),
    ],
)
def test_a_definite_undated_meeting_word_takes_up_the_meeting_dated_by_its_month(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "meeting")] == dates
