"""«آنذاك», "at the time" take the time of the deed told just before, not the onset of a state
told after "since" («البرلمان المنحل منذ 1975»); a time after "since" that a clause of "when"
follows («منذ ديسمبر 1994، حين اندلعت احتجاجات») is a deed's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "وتشهد البحرين توترا منذ ديسمبر 1994، حين اندلعت احتجاجات في قرى شيعية للمطالبة بعودة البرلمان المنحل "
            "منذ 1975. واعتقلت السلطات آنذاك رجل الدين الشيعي الشيخ علي سلمان قبل أن تبعده إلى الخارج.",
            "1999-03-07",
            "1994-12",
        ),
        (
            "Bahrain has been tense since December 1994, when protests erupted in Shiite villages demanding the return "
            "of a parliament dissolved since 1975. The authorities at the time arrested the Bahraini cleric Sheikh Ali "
            "Salman.",
            "1999-03-07",
            "1994-12",
        ),
    ],
)
def test_at_the_time_is_the_deed_s_time(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "arrest")
    assert [e["date"] for e in found] == [date], found


def test_at_the_time_after_a_deed_of_its_own_year() -> None:
    text = "انتخب البرلمان الكويتي رئيسا جديدا له عام 2013. واعتقلت السلطات الكويتية آنذاك عددا من المعارضين."
    found = of_type(extract(text, "2016-05-01"), "arrest")
    assert [e["date"] for e in found] == ["2013"], found


def test_the_subject_s_own_state_since_is_the_time() -> None:
    text = (
        "Bahraini opposition leader Ali Salman, who led protests in 2011, has been in jail since December 2014. "
        "He was arrested at the time on charges of inciting hatred."
    )
    found = of_type(extract(text, "2016-05-01"), "arrest")
    assert [e["date"] for e in found] == ["2014-12"], found
