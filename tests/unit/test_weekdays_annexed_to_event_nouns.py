"""A day of the week annexed to an indefinite Arabic event noun («مسيرات الجمعة»: Friday's
marches) is that noun's day: another deed of the sentence with a date of its own («احتجاجات ...
يوم 16 فيفري») is not dated by it, while one told with no other date («تظاهرة السبت شهدت
مواجهات، إذ أطلقت قوى الأمن الرصاص») took place that day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "dates"),
    [
        (
            "وسبقت مسيرات الجمعة في الجزائر احتجاجات في مدينة خراطة بولاية بجاية يوم 16 فيفري.",
            "2019-02-23",
            "protest",
            {"2019-02-16"},
        ),
        ("وشارك الآلاف في مسيرات الجمعة في العاصمة الجزائرية.", "2019-02-23", "protest", {"2019-02-22"}),
        (
            "وكانت تظاهرة السبت في بيروت قد شهدت مواجهات أعنف، إذ أطلقت قوى الأمن اللبنانية الرصاص المطاطي على "
            "المتظاهرين.",
            "2019-02-25",
            "attack",
            {"2019-02-23"},
        ),
    ],
)
def test_a_weekday_annexed_to_a_noun_is_its_day(text: str, published: str, kind: str, dates: set[str]) -> None:
    assert {e["date"] for e in of_type(extract(text, published), kind)} == dates
