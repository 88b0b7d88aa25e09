"""The kind of deed a superlative ranks a figure in, before "since" of the comparison ("the lowest
in a presidential election since the 2011 revolution", «الأدنى في انتخابات رئاسية منذ ثورة 2011»),
names no deed: no catalogued vote is dated by it (events/assemble/compared_baselines.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_PUBLISHED = "2024-10-08"


@pytest.mark.parametrize(
    "text",
    [
        "Tunisian President Kais Saied won a second term in Sunday's election. Turnout was 28.8%, the lowest in a "
        "presidential election since the 2011 revolution that toppled Zine El Abidine Ben Ali.",
        "فاز الرئيس التونسي قيس سعيد بولاية ثانية في انتخابات الأحد. وبلغت نسبة المشاركة 28.8%، وهي الأدنى في "
        "انتخابات رئاسية منذ ثورة 2011 التي أطاحت بزين العابدين بن علي.",
        "Kais Saied won Sunday's vote in Tunisia, with the lowest turnout for any presidential election since 2011.",
    ],
)
def test_the_kind_a_superlative_ranks_in_is_no_vote(text):
    assert [e["date"] for e in of_type(extract(text, _PUBLISHED), "election")] == ["2024-10-06"]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # the deed ranked, told by its own noun, is still the deed
        ("Israeli strikes killed 40 people in Gaza on Monday, the deadliest attack since the war began.", "attack", "2024-10-07"),
        ("Turnout in Tunisia's presidential election on Sunday was the lowest since 2011.", "election", "2024-10-06"),
        ("وكانت الانتخابات الرئاسية في تونس يوم الأحد الأدنى مشاركة منذ 2011.", "election", "2024-10-06"),
    ],
)
def test_the_deed_ranked_stays(text, event_type, date):
    assert date in [e["date"] for e in of_type(extract(text, _PUBLISHED), event_type)]


def test_a_gathering_where_something_was_done_first_stays():
    # "at a": where the speech was made, no kind ranked in
    found = extract("Zelensky gave his first speech at a summit since the invasion in Brussels on Monday.", _PUBLISHED)
    assert [e["countries"] for e in of_type(found, "meeting")] == [["UKR", "BEL"]]
