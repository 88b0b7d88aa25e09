"""A month or a year written inside an event noun's phrase («انتخابات سبتمبر/أيلول 2022»،
"the September 2022 elections") dates that event, however near another date stands, and
dates no other deed of the sentence."""

from __future__ import annotations

import pytest

from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("Kuwait's constitutional court annulled the September 2022 parliamentary elections in March 2023.", "election", "2022-09"),
        ("أبطلت المحكمة الدستورية الكويتية في مارس 2023 انتخابات سبتمبر/أيلول 2022.", "election", "2022-09"),
        ("وألغت المحكمة الدستورية في الكويت في مايو/أيار 2021 انتخابات أكتوبر/تشرين الأول 2019.", "election", "2019-10"),
    ],
)
def test_the_date_inside_the_noun_dates_its_event(text, event_type, date):
    found = of_type(extract(text, "2024-04-05"), event_type)
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("Lebanon's prime minister Saad Hariri resigned after the October 2019 protests.", "appointment", "2019-10-29"),
        ("استقال رئيس الوزراء اللبناني سعد الحريري إثر احتجاجات أكتوبر/تشرين الأول 2019.", "appointment", "2019-10-29"),
    ],
)
def test_the_date_inside_another_noun_does_not_date_the_deed(text, event_type, date):
    found = of_type(extract(text, "2024-04-05"), event_type)
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun's date stays its own when its relative clause tells a deed
        (
            "Tunisia is seen as the only democracy to emerge from the Arab Spring, which began with the 2011 uprising that toppled Zine el-Abidine Ben Ali.",
            [("protest", "2011")],
        ),
        # a revolt with its year is a protest; the fall of a ruler who held no office, no change of office
        ("Libya has been without an effective central authority since the 2011 revolt that toppled Moamer Kadhafi.", [("protest", "2011")]),
        ("وتعيش ليبيا فوضى منذ ثورة 2011 التي أطاحت بنظام القذافي.", [("protest", "2011")]),
    ],
)
def test_a_dated_noun_and_the_deed_of_its_relative_clause(text, expected):
    assert [(e["event_type"], e["date"]) for e in extract(text, "2019-10-14")] == expected
