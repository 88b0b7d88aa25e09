"""A span of time after an election told by "less than a year after" measures the time since the
vote, as "بعد أقل من عام على" does: it compares no vote and counts no anniversary, so the sentence's
vote and the earlier one it names are both events; a vote compared ("in fewer numbers than a year
earlier") and an anniversary ("A year after the election", "بعد مرور عام على الانتخابات") still
give no vote of the sentence's day (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_LEAD_EN = "Kuwait's opposition has held on to its majority in Kuwait's National Assembly, Kuwaiti officials said on Friday. "
_LEAD_AR = "احتفظت المعارضة الكويتية بأغلبيتها في مجلس الأمة الكويتي، بحسب ما أعلن مسؤولون كويتيون الجمعة. "


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            _LEAD_EN + "Voters went to the polls on Thursday to choose the 50 members of the assembly, "
            "less than a year after the last election in June 2023.",
            ["2023-06", "2024-04-04"],
        ),
        (
            _LEAD_EN + "Voters went to the polls on Thursday, within a year after the last election in June 2023.",
            ["2023-06", "2024-04-04"],
        ),
        (
            _LEAD_AR + "وتوجه الناخبون إلى صناديق الاقتراع يوم الخميس لاختيار أعضاء المجلس الخمسين، "
            "بعد أقل من عام على الانتخابات الأخيرة في يونيو 2023.",
            ["2023-06", "2024-04-04"],
        ),
    ],
)
def test_a_vote_less_than_a_year_after_another(text, dates):
    found = of_type(extract(text, "2024-04-05"), "election")
    assert sorted(e["date"] for e in found) == dates, found
    assert all(e["countries"] == ["KWT"] for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Kuwait's emir spoke on Friday. Voters went to the polls on Thursday, in fewer numbers than a year earlier.",
        "A year after the election, hundreds of Kuwaitis marched in Kuwait City on Thursday.",
        "بعد مرور عام على الانتخابات، تظاهر مئات الكويتيين في مدينة الكويت يوم الخميس.",
    ],
)
def test_a_vote_compared_or_recalled_gives_none_of_the_day(text):
    found = of_type(extract(text, "2024-04-05"), "election")
    assert not [e for e in found if e["date"] == "2024-04-04"], found
