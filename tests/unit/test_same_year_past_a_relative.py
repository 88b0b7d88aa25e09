"""«في نوفمبر من العام نفسه» after a main clause dated by its own year and a relative clause with
another, closed by a comma, takes the main clause's year; with no date of the main clause before
it, the year told last."""

from __future__ import annotations

import pytest

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "وتصاعد التوتر منذ انسحاب ترامب في مايو 2018 من الاتفاق النووي الذي وقعته إيران مع القوى الكبرى عام 2015، "
            "وإعادة فرضه عقوبات مشددة في نوفمبر (تشرين الثاني) من العام نفسه.",
            "2018-11",
        ),
        (
            "ويرد الاتفاق على مذكرة التفاهم التي وقعتها تركيا مع حكومة الوفاق في نوفمبر 2019، وصادق عليها البرلمان "
            "التركي في ديسمبر من العام نفسه.",
            "2019-12",
        ),
        (
            "وكان الملقي، الذي تولى رئاسة الحكومة في مايو/أيار 2016، قد التزم ببرنامج اتفق عليه الأردن مع صندوق النقد "
            "في أغسطس/آب من العام نفسه.",
            "2016-08",
        ),
    ],
)
def test_the_year_of_the_same_year(text: str, value: str) -> None:
    found = [m for m in find_dates(text, "2019-06-21", "ar") if "نفسه" in m.text]
    assert [m.value for m in found] == [value], found
