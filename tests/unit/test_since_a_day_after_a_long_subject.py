"""منذ/since before a weekday or a month with no year dates the event word before it when
only its subject or object, however long, stands between them."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "واعتصم رئيس نقابة المعلمين وأمين عام اتحاد العمال سامي الخطيب منذ صباح الأحد أمام مقر الحكومة في العاصمة الأردنية عمان.",
            "2022-04-13",
            "protest",
            "2022-04-10",
        ),
        (
            "وتظاهر مئات الطلاب والأساتذة وموظفو الجامعة الوطنية وأهالي المعتقلين منذ الثلاثاء أمام البرلمان في تونس.",
            "2022-04-15",
            "protest",
            "2022-04-12",
        ),
        (
            "Hundreds of teachers from the state schools staged a sit-in since Monday outside parliament in Amman, Jordan.",
            "2022-04-13",
            "protest",
            "2022-04-11",
        ),
        (
            "Bus drivers and dock workers at the port of Aqaba in Jordan have been on strike since Tuesday.",
            "2022-04-15",
            "protest",
            "2022-04-12",
        ),
    ],
)
def test_since_a_day_after_a_long_subject(text: str, published: str, event_type: str, date: str) -> None:
    found = of_type(extract(text, published), event_type)
    assert found and found[0]["date"] == date, [(e["trigger"], e["date"]) for e in found]



@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # told in the present, the weekday after منذ is the one gone by, when it began
        ("ويتظاهر الآلاف في الجزائر العاصمة منذ الاثنين.", "protest", "2020-03-09"),
        ("ويعتصم المعلمون أمام البرلمان التونسي منذ يوم الاثنين.", "protest", "2020-03-09"),
        ("وتجري القوات الجزائرية والروسية تمارين عسكرية مشتركة في الجزائر منذ الاثنين.", "military_exercise", "2020-03-09"),
        ("Algerian and Russian forces have been holding joint military exercises in Algeria since Monday.", "military_exercise", "2020-03-09"),
    ],
)
def test_a_deed_going_on_since_a_weekday_began_on_the_last(text: str, event_type: str, date: str) -> None:
    found = of_type(extract(text, "2020-03-12"), event_type)
    assert [e["date"] for e in found] == [date], found


def test_a_present_deed_on_a_bare_weekday_is_still_to_come() -> None:
    found = of_type(extract("ويؤدي الرئيس التونسي اليمين الدستورية الاثنين أمام البرلمان.", "2020-03-12"), "appointment")
    assert found == [], found
