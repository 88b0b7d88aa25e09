"""A gathering named as the subject of a vote («انتخبت القمة الأفريقية فلانا رئيسا للمفوضية»,
"the African summit in Addis Ababa elected Moussa Faki") held the vote: an election beside the
summit; a deal "agreed" after a truce's noun is that truce's participle, no second deed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "انتخبت القمة الأفريقية في أديس أبابا أمس وزير الخارجية التشادي موسى فكي محمد رئيسا لمفوضية الاتحاد.",
        "The African summit in Addis Ababa on Monday elected Chad's foreign minister Moussa Faki as chairman "
        "of the AU Commission.",
    ],
)
def test_the_summit_and_its_vote(text):
    found = extract(text, "2017-01-31")
    assert [e["date"] for e in of_type(found, "election")] == ["2017-01-30"]
    assert [e["date"] for e in of_type(found, "meeting")] == ["2017-01-30"]


def test_a_truce_agreed_is_no_second_deal():
    text = "Several earlier truces in Gaza failed, among them a 72-hour ceasefire agreed on Aug. 5 that broke down."
    assert of_type(extract(text, "2014-08-27"), "agreement") == []
