"""A meeting or a call told right after a plain word of after (after, بعد) that a day closes
("announced the measures late on Sunday after an emergency meeting", "وقال الرئيس مساء الأحد بعد
اجتماع مع نظيره") was held that day: what is announced after it comes out of it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "Tunisia's president announced the measures late on Sunday after an emergency meeting with "
            "security chiefs in Tunis.",
            "2021-07-26",
            "2021-07-25",
        ),
        (
            "The Turkish president said on Sunday after a phone call with Vladimir Putin that the border would reopen.",
            "2021-07-26",
            "2021-07-25",
        ),
        (
            "وقال الرئيس التركي رجب طيب أردوغان مساء الأحد بعد اجتماع مع الرئيس الروسي فلاديمير بوتين في سوتشي "
            "إن البلدين متفقان.",
            "2021-07-26",
            "2021-07-25",
        ),
        (
            "وقال أردوغان الأحد بعد محادثات مع بوتين في سوتشي إن البلدين متفقان على تعزيز التعاون.",
            "2021-07-26",
            "2021-07-25",
        ),
    ],
)
def test_a_gathering_after_which_a_day_closes_is_that_days(text: str, published: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "meeting")] == [date]
