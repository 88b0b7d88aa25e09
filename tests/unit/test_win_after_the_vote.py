"""An election told once as a catalogued vote and again as a win with a day of its own
written in the text in the weeks after that vote, in the same country, is one election: the
announced result of that vote, dated by the day the text gives (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        (
            "تسلم عبد الفتاح السيسي مهامه الرئاسية أمام البرلمان، بعد فوزه في انتخابات لم ينافسه فيها سوى موسى مصطفى موسى.\n"
            "وفي الثاني من نيسان/أبريل فاز السيسي بولاية رئاسية ثانية في مصر بنحو 97 بالمئة من الأصوات."
        ),
        (
            "Egypt held its presidential election, in which Moussa Mostafa Moussa was Sisi's only challenger for a second term.\n"
            "On 2 April, Sisi won with about 97 percent of the vote."
        ),
    ],
)
def test_one_election_dated_by_its_announced_win(text: str) -> None:
    found = of_type(extract(text, "2018-06-02"), "election")
    assert [e["date"] for e in found] == ["2018-04-02"], [(e["trigger"], e["date"]) for e in found]
