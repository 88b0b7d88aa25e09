"""A catalogued event told with its year in a clause of its own deed right after its name (a
relative word and a verb of its onset or signing, or a participle of signing: "نزاع دارفور الذي
اندلع عام 2003", "اتفاق القاهرة الموقع عام 2011", "the October War, which broke out in 1973"),
or with its year after a possessive ("Israel, whose 1979 peace treaty"), is dated by that year,
as the text tells it, and still known as the catalogued event; a month its name holds ("حرب
أكتوبر") dates it to that month. A place in the own clause of another catalogued name ("واتفاق
الشاطئ الموقع في غزة") is that event's, not this one's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        ("وقتل نحو 300 ألف شخص في نزاع دارفور الذي اندلع عام 2003، وفق تقديرات الأمم المتحدة.", "2020-10-04", "attack", "2003"),
        (
            "وفشلت منذ ذلك الحين عدة اتفاقات للمصالحة، أبرزها اتفاق القاهرة الموقع عام 2011 واتفاق الشاطئ الموقع في غزة عام 2014.",
            "2017-10-13",
            "agreement",
            "2011",
        ),
        ("Israel, whose 1979 peace treaty with Egypt covers the strait, has raised no objection.", "2017-06-24", "agreement", "1979"),
        ("Marking the anniversary of the October War, which broke out in 1973, Alaa Mubarak posted a video.", "2018-10-05", "attack", "1973-10"),
        ("تزامنا مع الذكرى الـ45 لحرب أكتوبر/ تشرين الأول التي اندلعت عام 1973، نشر علاء مبارك فيديو.", "2018-10-05", "attack", "1973-10"),
    ],
)
def test_a_catalogued_event_dated_in_its_own_clause_takes_that_date(text, published, kind, date):
    events = of_type(extract(text, published), kind)
    assert date in [e["date"] for e in events]
    assert all(e["reference_id"] is not None for e in events if e["date"] == date)


def test_a_place_in_another_names_own_clause_is_not_the_events_place():
    text = "وفشلت منذ ذلك الحين عدة اتفاقات للمصالحة، أبرزها اتفاق القاهرة الموقع عام 2011 واتفاق الشاطئ الموقع في غزة عام 2014."
    by_date = {e["date"]: e for e in of_type(extract(text, "2017-10-13"), "agreement")}
    assert by_date["2011"]["location"]["country"] == "EGY"
    assert by_date["2014"]["location"]["country"] == "PSE"


def test_a_year_behind_a_relative_of_another_deed_is_not_the_events():
    # "the ouster of Morsi, which Ankara condemned in 2013": condemning is no deed of the ouster
    text = "The October War, which Sadat celebrated in 1975, is remembered every year."
    assert "1975" not in [e["date"] for e in of_type(extract(text, "2018-10-05"), "attack")]
