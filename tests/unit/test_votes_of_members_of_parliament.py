"""Members of a parliament voting (MPs, deputies, النواب) cast a vote of their chamber, on a
bill, a deployment or a motion: no election, whatever stands between the vote and its object
("Turkish MPs voted on Monday to send troops"). A people voting for its deputies is still an
election."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Turkish MPs voted on Monday to send troops to Qatar, the state news agency said.",
        "Iraqi deputies voted on Tuesday by a show of hands on the new budget.",
        "Members of parliament in Amman voted on Sunday on the amended electoral law.",
        "وصوت النواب الأتراك يوم الأربعاء على مشروع إرسال قوات إلى قطر.",
        "وصوت نواب البرلمان العراقي الثلاثاء على الموازنة الجديدة.",
    ],
)
def test_members_of_parliament_voting_hold_no_election(text):
    assert of_type(extract(text, "2017-06-08"), "election") == []


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "Tunisians voted on Sunday in the first free parliamentary polls since the revolution, "
            "electing deputies to a new assembly.",
            "2011-10-24",
            "2011-10-23",
        ),
        (
            "صوت العراقيون يوم السبت لاختيار النواب في أول انتخابات منذ هزيمة تنظيم الدولة.",
            "2018-05-13",
            "2018-05-12",
        ),
    ],
)
def test_a_people_voting_for_its_deputies_is_an_election(text, published, date):
    assert [e["date"] for e in of_type(extract(text, published), "election")] == [date]
