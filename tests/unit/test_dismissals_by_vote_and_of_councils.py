"""An English body voting, with a time between, to dismiss an office holder, and the members of a
council dismissed, are dismissals, as صوت البرلمان على إقالة and أقال أعضاء المجلس are; a vote
against a dismissal and a claim from members dismissed are none (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("The Iraqi parliament voted in September to dismiss Kirkuk's governor.", "2017-10-16", "2017-09"),
        ("The Iraqi parliament voted on Monday to dismiss the governor of Kirkuk.", "2017-10-16", "2017-10-16"),
        ("وصوت البرلمان العراقي في سبتمبر على إقالة محافظ كركوك.", "2017-10-16", "2017-09"),
        (
            "Libya's Osama Hamad said he had dismissed all members of Derna's municipal council.",
            "2023-09-19",
            "2023-09-19",
        ),
        (
            "Libya's Osama Hamad dismissed the members of Derna's municipal council on Monday.",
            "2023-09-19",
            "2023-09-18",
        ),
        ("وقال أسامة حماد إنه أقال جميع أعضاء المجلس البلدي لمدينة درنة الليبية.", "2023-09-19", "2023-09-19"),
    ],
)
def test_dismissals_by_a_vote_and_of_council_members(text, published, date):
    found = of_type(extract(text, published), "appointment")
    assert found and found[0]["date"] == date, found


@pytest.mark.parametrize(
    "text",
    [
        "The Iraqi parliament voted on Monday against a motion to dismiss the governor of Kirkuk.",
        "Libya's Osama Hamad dismissed criticism from members of Derna's municipal council.",
        "ورفض أسامة حماد انتقادات أعضاء المجلس البلدي لمدينة درنة الليبية.",
    ],
)
def test_no_dismissal(text):
    assert not of_type(extract(text, "2023-09-19"), "appointment"), extract(text, "2023-09-19")
