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

