"""Troops or forces told before a verb of arriving, as its subject, are deployed, in Arabic as in
English ("وكانت قوات سعودية قد وصلت إلى عدن", "Turkish troops had arrived in Qatar"); the
commander of forces arriving, or a count of forces reaching a number, is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date", "country"),
    [
        (
            "وكانت قوات سعودية قد وصلت إلى عدن الشهر الماضي لتتسلم المهام الأمنية في المدينة ومطارها.",
            "2019-11-06",
            "2019-10",
            "SAU",
        ),
        ("وكان مئات الجنود الأتراك قد وصلوا إلى قطر يوم الأحد.", "2017-06-20", "2017-06-18", "TUR"),
        ("Hundreds of Turkish troops had arrived in Qatar on Sunday.", "2017-06-20", "2017-06-18", "TUR"),
    ],
)
def test_forces_told_before_the_verb_of_arriving_are_deployed(text, published, date, country):
    found = of_type(extract(text, published), "deployment")
    assert [e["date"] for e in found] == [date]
    assert country in found[0]["countries"]


@pytest.mark.parametrize(
    "text",
    [
        "وكان قائد القوات الأمريكية قد وصل إلى بغداد يوم الأحد.",
        "وقال المتحدث إن عدد القوات وصل إلى خمسة آلاف جندي.",
        "وكانت قوات الدفاع المدني قد وصلت إلى مكان الحادث بعد دقائق.",
    ],
)
def test_a_commander_a_count_or_crews_at_an_accident_are_no_deployment(text):
    assert of_type(extract(text, "2017-06-20"), "deployment") == []
