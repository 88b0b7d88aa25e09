"""A coup told by its noun with where or when it struck ("coups in Mali in 2020 and 2021", "a coup
on 24 January 2022", «انقلابا في سبتمبر») is a change of power (`appointment`) on the days told; a coup tried or
foiled, the leaders or the regime of a coup, and a deed only called a coup are not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2023-08-10"


@pytest.mark.parametrize(
    ("text", "country", "date"),
    [
        ("Chad was isolated after coups in Guinea in 2021 and in Gabon in 2023.", "GIN", "2021"),
        ("The bloc hardened its stance after the putsch in Guinea in September 2021.", "GIN", "2021-09"),
        ("The region has seen a military takeover in Sudan in 2021.", "SDN", "2021"),
        ("وتراجعت المبادلات بعد الانقلابين في تشاد في 2021 و2022.", "TCD", "2021"),
        ("وشهدت غينيا انقلابا في سبتمبر 2021.", "GIN", "2021-09"),
    ],
)
def test_a_coup_where_and_when_it_struck(text: str, country: str, date: str) -> None:
    found = of_type(extract(text, PUBLISHED), "appointment")
    assert [e for e in found if country in e["countries"] and e["date"] == date]


@pytest.mark.parametrize(
    "text",
    [
        "A coup attempt in Sudan failed in September 2021.",
        "The failed coup in Turkey in July 2016 was crushed within hours.",
        "The coup leaders in Mali met the envoy on Monday.",
        "Erdogan called it a coup in Egypt on Monday.",
        "وقال الوزير إن قادة الانقلاب في مالي التقوا المبعوث يوم الاثنين.",
        "وفشلت محاولة الانقلاب في السودان في سبتمبر 2021.",
        "وقال الوزير إن الانقلاب على الشرعية في اليمن مستمر منذ 2014.",
        "وتظاهر الآلاف في الخرطوم الاثنين ضد الانقلاب في السودان.",
    ],
)
def test_no_change_of_power_by_a_coup_tried_led_or_named(text: str) -> None:
    found = extract(text, PUBLISHED)
    assert of_type(found, "appointment") == []
