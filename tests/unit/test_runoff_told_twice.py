"""A runoff told twice within a week, each telling naming it (won the presidential runoff, the
ministry announced on Saturday; in Friday's second round), is one election on its polling day;
a first round told beside a runoff stays an election of its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

JULY = "2024-07-06"  # a Saturday


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "The former mayor won Iran's presidential runoff, defeating the conservative candidate, the interior "
            "ministry announced on Saturday.\n\n"
            "He received 17 million votes, or 54 percent, in Friday's second round, the election authority said.",
            ["2024-07-05"],
        ),
        (
            "فاز رئيس البلدية السابق بجولة الإعادة في الانتخابات الرئاسية الإيرانية، حسبما أعلنت وزارة الداخلية "
            "يوم السبت.\n\n"
            "وحصل على 17 مليون صوت في الجولة الثانية من الانتخابات التي جرت يوم الجمعة، وفق الهيئة الانتخابية.",
            ["2024-07-05"],
        ),
        (
            "Iranians voted on Friday in a presidential runoff, the interior ministry said.\n\n"
            "Turnout was 40 percent in the first round on Sunday, when no candidate won a majority "
            "and the runoff was called.",
            ["2024-07-05", "2024-06-30"],
        ),
    ],
)
def test_a_runoff_told_twice_is_one_election(text: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, JULY), "election")) == sorted(dates)
