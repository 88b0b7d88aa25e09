"""An election told with no date of its own beside the same country's vote dated in the weeks
before the publication is the count or the result of that vote, unless it is a runoff."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # the result told after the dated vote: one election, on the vote's day
        (
            "قال مقتدى الصدر، الذي فاز ائتلافه بأكبر عدد من المقاعد في الانتخابات البرلمانية العراقية "
            "التي جرت في 12 مايو، إن الحكومة المقبلة ستكون شاملة.\n"
            "وفازت كتلة الصدر بـ 54 مقعدا في البرلمان، بينما جاءت كتلة النصر في المركز الثالث.",
            "2018-05-28",
            ["2018-05-12"],
        ),
        (
            "Iraq held parliamentary elections on May 12, in which the Sairoon alliance came first.\n"
            "The Sadr bloc won 54 seats in the parliament, while Abadi's Nasr list came third.",
            "2018-05-28",
            ["2018-05-12"],
        ),
        (
            "أجريت الانتخابات الرئاسية التركية في 14 مايو. وفاز أردوغان في الانتخابات بنسبة 52 بالمئة.",
            "2023-06-01",
            ["2023-05-14"],
        ),
        # a runoff is another vote
        (
            "أجريت الانتخابات الرئاسية التركية في 14 مايو. وفاز أردوغان في جولة الإعادة من الانتخابات بنسبة 52 بالمئة.",
            "2023-06-01",
            ["2023-05-14", "2023-06-01"],
        ),
        # a vote of years before is not the one whose result is told
        (
            "Iraq held parliamentary elections in May 2014.\n"
            "The Sadr bloc won 54 seats in the new parliament, while Abadi's Nasr list came third.",
            "2018-05-28",
            ["2014-05", "2018-05-28"],
        ),
    ],
)
def test_the_result_of_a_dated_vote_is_that_vote(text, published, dates):
    assert sorted(e["date"] for e in of_type(extract(text, published), "election")) == sorted(dates)
