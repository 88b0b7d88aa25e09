"""A deed told by a verb in the past right after a relative word, with a time of its own in
its clause ("أدى اليمين أمام أنصاره الذين احتشدوا أمس", "before supporters who had rallied on
Wednesday"), happened too, beside the sentence's main deed. A pledge told by a participle
(«متعهدا بتنظيم انتخابات», "vowing to hold elections") names no deed. Months of protests the
text dates to another year are no rally of the article's day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2019-01-24"


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        ("كراكاس - أدى غوايدو اليمين أمام عشرات الآلاف من أنصاره الذين احتشدوا أمس في شرق العاصمة كراكاس.", "protest", ["2019-01-23"]),
        ("CARACAS - Guaido took the oath as interim president before supporters who had rallied in Caracas on Wednesday.", "protest", ["2019-01-23"]),
        ("CARACAS - Guaido took the oath as interim president before supporters who rallied in Caracas on Wednesday.", "protest", ["2019-01-23"]),
        # no time of its own in the relative clause: the sentence's one deed
        ("كراكاس - أدى غوايدو اليمين أمام عشرات الآلاف من أنصاره الذين احتشدوا في شرق العاصمة كراكاس.", "protest", []),
        ("CARACAS - Guaido took the oath as interim president before supporters who rallied in Caracas.", "protest", []),
        # the main deed in the relative clause itself: no second one
        ("كراكاس - خطب غوايدو أمام أنصاره الذين احتشدوا أمس في كراكاس.", "protest", ["2019-01-23"]),
    ],
)
def test_a_dated_relative_deed_happened_too(text: str, event_type: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, PUB), event_type)) == dates


@pytest.mark.parametrize(
    "text",
    [
        "كراكاس - أدى غوايدو اليمين في كراكاس، متعهدا بتنظيم انتخابات حرة.",
        "كراكاس - أدى غوايدو اليمين أمام أنصاره، متعهدا بتشكيل حكومة انتقالية وتنظيم \"انتخابات حرة\".",
        "CARACAS - Guaido took the oath in Caracas, vowing to hold free elections.",
        "CARACAS - Guaido took the oath in Caracas, promising to hold free elections.",
    ],
)
def test_a_pledge_names_no_election(text: str) -> None:
    found = extract(text, PUB)
    assert of_type(found, "appointment")
    assert not of_type(found, "election")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "كراكاس - احتشد أنصار غوايدو أمس في كراكاس. وفرضت واشنطن في أغسطس 2017 عقوبات مالية على فنزويلا، "
            "بعد أشهر من احتجاجات واسعة شهدتها البلاد ذلك العام.",
            ["2017", "2019-01-23"],
        ),
        # months of the same campaign, of the day's year: told once
        (
            "CARACAS - Thousands of Venezuelans rallied in Caracas on Wednesday. The government, facing months of protests, "
            "has refused to resign.",
            ["2019-01-23"],
        ),
    ],
)
def test_months_of_protests_of_another_year_are_their_own(text: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, PUB), "protest")) == dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("كراكاس - أدى غوايدو اليمين رئيسا بالوكالة أمام عشرات الآلاف من أنصاره الذين احتشدوا أمس في كراكاس.", "2019-01-23"),
        ("CARACAS - Guaido took the oath as interim president before a huge crowd of supporters who had gathered in Caracas on Wednesday.", "2019-01-23"),
        # a crowd with no time of its own: the publication's day
        ("كراكاس - أدى غوايدو اليمين رئيسا بالوكالة أمام عشرات الآلاف من أنصاره الذين احتشدوا في كراكاس.", "2019-01-24"),
        # a time of the deed's own holds
        ("كراكاس - أدى غوايدو اليمين رئيسا بالوكالة الثلاثاء أمام أنصاره الذين احتشدوا أمس في كراكاس.", "2019-01-22"),
    ],
)
def test_a_deed_before_a_crowd_takes_the_day_it_gathered(text: str, value: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "appointment")] == [value]


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("كراكاس - ثم اعتقله عناصر من جهاز الاستخبارات الفنزويلي لفترة وجيزة في 13 يناير قبل أن يطلقوا سراحه.", ["2019-01-13"]),
        ("كراكاس - واعتقلها عشرات من عناصر الأمن الفنزويلي في 13 يناير.", ["2019-01-13"]),
        # a count of people arrested: no arrest of a named person
        ("كراكاس - اعتقلت الشرطة الفنزويلية 50 متظاهرا في 13 يناير.", []),
    ],
)
def test_a_pronoun_object_is_a_person_not_the_count_after_it(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "arrest")] == dates


def test_a_pronoun_after_a_passive_auxiliary_is_no_named_person() -> None:
    text = "دمشق - قتل التنظيم شابا كان قد تم خطفه مع 35 شخصا آخرين خلال هجوم على السويداء في 25 يوليو الماضي."
    assert not of_type(extract(text, "2018-08-05"), "arrest")
