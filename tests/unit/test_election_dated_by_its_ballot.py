"""An election told by its win or result, announced on a day told in a clause of its own, is dated
by the day its ballot, named later in the sentence with a clause of its holding, took place, in
Arabic as in English: the polling day, not the day of the announcement. The announcement of its
results on that later day is an election event of its own (`announced_results`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "أعلنت الهيئة العليا المستقلة للانتخابات في تونس، مساء أمس الاثنين، فوز الرئيس قيس سعيد بولاية ثانية، "
            "بعد حصوله على 90,69 في المائة من أصوات الناخبين في الاقتراع الرئاسي الذي جرى يوم الأحد 6 أكتوبر الجاري.",
            "2024-10-06",
        ),
        (
            "أعلنت الهيئة، مساء أمس الاثنين، فوز قيس سعيد بولاية ثانية، بحصوله على 90 في المائة من الأصوات في "
            "الانتخابات التي جرت يوم الأحد.",
            "2024-10-06",
        ),
        (
            "The commission announced, late on Monday, the victory of Kais Saied for a second term, after he won 90 "
            "percent of the vote in the presidential election that took place on Sunday.",
            "2024-10-06",
        ),
    ],
)
def test_the_polling_day_dates_the_election(text, date):
    found = of_type(extract(text, "2024-10-08"), "election")
    assert sorted(e["date"] for e in found) == [date, "2024-10-07"]
    assert [e["date"] for e in found if e["trigger"] not in ("أعلنت", "announced")] == [date]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # no ballot held on a day told: the day of the win's announcement, as before
        ("أعلنت الهيئة، مساء أمس الاثنين، فوز قيس سعيد بولاية ثانية، بحصوله على 90 في المائة من الأصوات.", ["2024-10-07"]),
        # an older ballot of another year is another election
        (
            "أعلنت الهيئة أمس الاثنين فوز قيس سعيد بولاية ثانية، متقدما على منافسه الذي خسر انتخابات جرت عام 2019.",
            ["2019", "2024-10-07"],
        ),
    ],
)
def test_without_a_ballot_day_the_announcement_dates_it(text, dates):
    assert sorted(e["date"] for e in of_type(extract(text, "2024-10-08"), "election")) == dates
