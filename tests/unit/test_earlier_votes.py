"""A vote named with its year after another word of a vote in its sentence ("Turnout in
Tuesday's election was 32.25%, up from the last vote in 2020") is an earlier election of its
own, told in passing beside the day's; a word of a vote with no year of its own, or a verb of
voting still to come, is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2024-09-11"


def _elections(found: list[dict]) -> list[str]:
    return sorted(e["date"] for e in found if e["event_type"] == "election")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the earlier vote named with its year is one of its own
        (
            "Jordan's Islamist party won the most seats in the parliamentary election. Turnout in Tuesday's "
            "election was 32.25%, up slightly from the last vote in 2020, the commission chairman said.",
            ["2020", "2024-09-10"],
        ),
        (
            "أعلنت الهيئة المستقلة للانتخاب في الأردن النتائج. وبلغت نسبة المشاركة في انتخابات الثلاثاء "
            "32.25 في المائة، مقابل 29 في المائة في انتخابات 2020.",
            ["2020", "2024-09-11"],
        ),
        # no year of its own: one vote
        (
            "Iraqis voted on Sunday in an election, the fifth since 2005.",
            ["2024-09-08"],
        ),
        (
            "أدلى العراقيون بأصواتهم يوم الأحد في الانتخابات البرلمانية، وهي الخامسة منذ سقوط النظام.",
            ["2024-09-08"],
        ),
        # a verb of voting with a year still to come is no vote held
        (
            "Iraqis voted on Sunday in an election, and will vote again in 2026.",
            ["2024-09-08"],
        ),
    ],
)
def test_an_earlier_vote_named_with_its_year(text, dates):
    assert _elections(extract(text, PUBLISHED)) == dates
