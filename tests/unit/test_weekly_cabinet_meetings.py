"""A government's own weekly or regular session, at which a leader speaks, is no talks between
sides and no event of its own, in English as in Arabic: "at the weekly Israeli cabinet meeting",
«خلال الاجتماع الأسبوعي لمجلس الوزراء», «في مستهل اجتماع الحكومة الأسبوعي». Talks a leader
holds with another, and an emergency meeting of ministers, are still meetings."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

ROWS = [
    # (text, published, expected meeting dates)
    ("Israeli Prime Minister Benjamin Netanyahu said on Sunday, at the weekly Israeli cabinet meeting, "
     "that the escalation in Gaza will not end with one blow.", "2018-08-12", []),
    ("Netanyahu said at the weekly cabinet meeting on Sunday that Israel would act.", "2018-08-12", []),
    ("The minister told the government's weekly meeting on Sunday that prices would fall.", "2018-08-12", []),
    ("قال نتنياهو خلال الاجتماع الأسبوعي لمجلس الوزراء، الأحد، إن إسرائيل ستتحرك.", "2018-08-12", []),
    ("وقال نتنياهو في مستهل اجتماع الحكومة الأسبوعي الأحد إن إسرائيل ستتحرك.", "2018-08-12", []),
    ("وقالت الحكومة في اجتماعها الأسبوعي الأحد إن الأسعار ستنخفض.", "2018-08-12", []),
    # meetings between sides are still meetings
    ("Arab foreign ministers held an emergency meeting in Cairo on Sunday.", "2018-08-12", ["2018-08-12"]),
    ("وعقد وزراء الخارجية العرب اجتماعا طارئا في القاهرة الأحد.", "2018-08-12", ["2018-08-12"]),
    ("عقد الرئيس اجتماعا مع وفد أمريكي في القاهرة الأحد.", "2018-08-12", ["2018-08-12"]),
]


@pytest.mark.parametrize(("text", "published", "dates"), ROWS)
def test_weekly_cabinet_meetings(text: str, published: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, published), "meeting")) == dates
