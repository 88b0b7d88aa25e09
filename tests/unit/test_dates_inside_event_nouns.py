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
