"""A number written with a decimal point or a separator of thousands ("1.4", "1,200") counts as
one word between the parts of an event wording, as it does in English: "أدلى 1.8 مليون ناخب
بأصواتهم" is a vote as "أدلى 18 مليون ناخب بأصواتهم" is, and "أرسلت بريطانيا نحو 1.2 ألف من
الجنود" a deployment; a vote denied, or statements given (أدلى ... بتصريحات), stay none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MAY = "2018-05-08"


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("أدلى 1.8 مليون ناخب بأصواتهم في لبنان الأحد.", "election", "LBN"),
        ("أرسلت بريطانيا نحو 1.2 ألف من الجنود إلى إستونيا الاثنين.", "deployment", "EST"),
        ("In Lebanon, voters cast 1.8 million ballots on Sunday.", "election", "LBN"),
        ("Britain deployed another 1.2 thousand extra troops to Estonia on Monday.", "deployment", "EST"),
    ],
)
def test_a_decimal_number_is_one_word_of_the_gap(text: str, event_type: str, country: str) -> None:
    found = of_type(extract(text, MAY), event_type)
    assert [country in e["countries"] for e in found] == [True], text


@pytest.mark.parametrize(
    "text",
    [
        "قال المسؤول إن 1.8 مليون ناخب لم يدلوا بأصواتهم في لبنان الأحد.",
        # a statement given, no vote cast
        "أدلى الوزير 1.8 مرة بتصريحات لنحو مليون متابع في لبنان الأحد.",
        "The minister gave 1.8 thousand statements to his followers in Lebanon on Sunday.",
    ],
)
def test_a_vote_denied_or_a_statement_is_none(text: str) -> None:
    assert not of_type(extract(text, MAY), "election"), text
