"""A deed told on the polling day with no date of its own ("شهدت يوم الاقتراع مواجهات",
"clashed with police on polling day") took place on the day of the vote the article tells
before it; the polling day names a time there, not a vote of its own. With no vote dated to a
day before it, the deed keeps the day it had."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "جرت الانتخابات الرئاسية في الجزائر يوم الخميس. "
            "وكانت مدن منطقة القبائل قد شهدت يوم الاقتراع مواجهات بين محتجين وقوات الأمن.",
            "protest",
        ),
        (
            "أدلى الناخبون في الجزائر بأصواتهم يوم الخميس في الانتخابات الرئاسية. "
            "وكانت الشرطة قد أوقفت يوم التصويت عشرات الناشطين في البويرة.",
            "arrest",
        ),
        (
            "Algerians voted in a presidential election on Thursday. "
            "Protesters clashed with police in Bejaia on polling day, witnesses said.",
            "protest",
        ),
        (
            "Algerians voted in a presidential election on Thursday. "
            "Police had arrested dozens of activists in Bouira on election day, a rights group said.",
            "arrest",
        ),
    ],
)
def test_a_deed_on_polling_day_takes_the_vote_s_day(text, event_type):
    events = extract(text, "2019-12-14")
    assert [e["date"] for e in of_type(events, event_type)] == ["2019-12-12"], events
    assert [e["date"] for e in of_type(events, "election")] == ["2019-12-12"], events


def test_the_day_of_the_election_told_as_a_time_names_no_vote_of_its_place() -> None:
    # "on April 11, the day of the presidential election": the day of Chad's vote, not a vote in Libya
    text = (
        "Chadian President Idriss Deby died on Tuesday. The rebels launched an incursion from their bases "
        "in southern Libya on April 11, the day of the presidential election."
    )
    assert all("LBY" not in e["countries"] for e in of_type(extract(text, "2021-04-20"), "election"))


@pytest.mark.parametrize(
    "text",
    [
        # the vote told by its results, in an article about one country: that country's vote
        "N'DJAMENA, April 20 (Reuters) - Chadian President Idriss Deby died on Tuesday, the army said. "
        "Chad's army said a military council would govern Chad. "
        "Provisional results announced on Monday gave Deby 79.3% of the vote.",
    ],
)
def test_a_vote_told_by_its_results_is_the_home_countrys(text: str) -> None:
    assert [e["countries"] for e in of_type(extract(text, "2021-04-20"), "election")] == [["TCD"]]
