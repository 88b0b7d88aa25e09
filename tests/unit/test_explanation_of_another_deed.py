"""A clause of explanation after a comma (، إذ) whose verb tells a deed of another kind than the
event it follows keeps its day to that deed: «وجرت الانتخابات في ظل حملة قضائية، إذ
قضت محكمة الثلاثاء بسجن ...» tells the sentencing on Tuesday, not the election. A clause that
tells the same deed or a part of it still dates it («..., حيث التقى ... أمس»), and so does one
opened by حيث, which may tell the scene of the event on its day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2019-12-13"


@pytest.mark.parametrize(
    ("text", "event_type", "other_type", "other_day"),
    [
        (
            "وجرت الانتخابات في ظل حملة قضائية ضد رموز النظام السابق، إذ قضت محكمة سيدي امحمد في العاصمة الثلاثاء بسجن رئيسي الوزراء السابقين أحمد أويحيى 15 عاماً.",
            "election",
            "arrest",
            "2019-12-10",
        ),
        (
            "وأجرت الجزائر الانتخابات الرئاسية في ظل حملة قضائية، إذ قضت محكمة جزائرية الثلاثاء بسجن رئيس الوزراء الأسبق أحمد أويحيى 15 عاما.",
            "election",
            "arrest",
            "2019-12-10",
        ),
    ],
)
def test_the_explanation_s_day_is_its_own_deed_s(text, event_type, other_type, other_day):
    found = extract(text, PUBLISHED)
    assert [e["date"] for e in of_type(found, other_type)] == [other_day]
    assert other_day not in [e["date"] for e in of_type(found, event_type)]


@pytest.mark.parametrize(
    ("text", "event_type", "day"),
    [
        # حيث may open the scene of the event: a deed there is of its day
        ("تظاهر آلاف السودانيين في الخرطوم، حيث اعتقلت قوات الأمن الناشط محمد علي الثلاثاء.", "protest", "2019-12-10"),
        # the same deed told in the clause of explanation dates it
        ("وعقدت القمة في الرياض، حيث التقى الرئيس الأمريكي العاهل السعودي أمس.", "meeting", "2019-12-12"),
        ("وكان الوزير أول مسؤول غربي يزور دمشق، إذ التقى الرئيس السوري في العاصمة في 20 كانون الأول/ديسمبر الماضي.", "visit", "2018-12-20"),
    ],
)
def test_an_explanation_of_the_same_deed_still_dates_it(text, event_type, day):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), event_type)] == [day]
