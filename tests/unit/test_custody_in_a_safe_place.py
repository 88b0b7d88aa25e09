"""A ruler taken into custody in a safe place or under house arrest (التحفظ على البشير في مكان آمن,
"Bashir was being held in a safe place") is arrested; التحفظ على with no place of custody voices
reservations about a text, no arrest."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("أعلن وزير الدفاع السوداني يوم الخميس التحفظ على الرئيس عمر البشير في مكان آمن.", ["2019-04-11"]),
        ("وقال الجيش السوداني يوم الخميس إنه تم التحفظ على الرئيس عمر البشير قيد الإقامة الجبرية.", ["2019-04-11"]),
        ("Sudan's defence minister said on Thursday that President Omar al-Bashir was being held in a safe place.", ["2019-04-11"]),
        # reservations voiced, a place held by troops
        ("تحفظت مصر يوم الخميس على البند الخامس من مسودة البيان الختامي.", []),
        ("Sudanese troops held the bridge in Khartoum on Thursday.", []),
        ("The Iraqi army said on Thursday it held the seized weapons in a safe place in Baghdad.", []),
    ],
)
def test_custody_in_a_safe_place_is_an_arrest(text, dates):
    assert [e["date"] for e in of_type(extract(text, "2019-04-13"), "arrest")] == dates
