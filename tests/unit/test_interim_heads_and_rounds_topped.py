"""- «تولى ... رئاسة الدولة» past a long subject («إذ تولى رئيس البرلمان محمد الناصر في اليوم نفسه
  رئاسة الدولة بصفة مؤقتة») is a change of office.
- A round of an election a candidate topped («تصدر الدور الأول») is an election."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "dates"),
    [
        (
            "توفي الرئيس التونسي الباجي قائد السبسي في 25 يوليو الماضي، إذ تولى رئيس البرلمان محمد الناصر في "
            "اليوم نفسه رئاسة الدولة بصفة مؤقتة وفقا للدستور.",
            "2019-10-15",
            "appointment",
            ["2019-07-25"],
        ),
        (
            "وكان سعيد قد تصدر الدور الأول الذي جرى في 15 سبتمبر في تونس بنحو 18 في المئة من الأصوات.",
            "2019-10-15",
            "election",
            ["2019-09-15"],
        ),
        (
            "وتولى رئيس البرلمان التونسي محمد الناصر أمس رئاسة الدولة بصفة مؤقتة وسط إجراءات أمن مشددة.",
            "2019-07-26",
            "appointment",
            ["2019-07-25"],
        ),
        ("وتولى يوسف الشاهد أمس مهمة رئاسة الحكومة التونسية خلفا للحبيب الصيد.", "2016-08-27", "appointment", ["2016-08-26"]),
        # a round of talks or of a match topped is no election
        ("وتصدر المنتخب التونسي الدور الأول من البطولة في القاهرة.", "2019-10-15", "election", []),
        ("وتصدر الوداد المغربي مجموعته في الدور الأول بعشر نقاط بعد فوزه على الترجي في الرباط أمس.", "2019-10-15", "election", []),
        ("Morocco topped Group F in the first round in Qatar on Thursday.", "2022-11-30", "election", []),
        # the guarding of the presidency's building is no office taken
        ("وتولى الجيش أمس مهمة حماية مبنى رئاسة الحكومة في الخرطوم.", "2019-04-11", "appointment", []),
        ("وتولى الحرس الرئاسي أمس حراسة قصر رئاسة الجمهورية في الخرطوم.", "2019-04-11", "appointment", []),
    ],
)
def test_offices_taken_and_rounds_topped(text: str, published: str, kind: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, published), kind)] == dates
