"""A deed the article has told, taken up by its definite noun as the subject of a verb of causing
(«وأثار الاعتقال موجة احتجاجات غاضبة في أوروبا», "The arrest sparked protests across Europe"), is
that deed again: no second one on the day or in the places of its sentence, whose news is what
it caused. Told first, or by an indefinite noun, the deed stays one of its own; a toll counted by
أسفر عن is the deed's own, which keeps its time."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "1999-02-17"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "arrests", "protest"),
    [
        (
            "وكان أوجلان قد اعتقل في نيروبي مساء الاثنين. وأثار الاعتقال موجة احتجاجات غاضبة في أوروبا، "
            "إذ اقتحم محتجون أكراد أمس سفارات يونانية في بون ولندن.",
            ["1999-02-15"],
            "1999-02-16",
        ),
        (
            "Turkish agents arrested Ocalan in Nairobi on Monday. The arrest sparked protests across Europe, "
            "as Kurdish protesters stormed Greek embassies in Bonn and London on Tuesday.",
            ["1999-02-15"],
            "1999-02-16",
        ),
    ],
)
def test_a_deed_told_again_as_a_cause(text: str, arrests: list[str], protest: str) -> None:
    found = extract(text, PUBLISHED)
    assert [e["date"] for e in of_type(found, "arrest")] == arrests
    assert protest in [e["date"] for e in of_type(found, "protest")]


def test_a_cause_told_first_is_a_deed_of_its_own() -> None:
    text = "أثار اعتقال السلطات التركية لأوجلان في نيروبي أمس موجة احتجاجات."
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "arrest")] == ["1999-02-16"]


def test_a_deed_qualified_anew_or_counting_its_toll_stays_its_own() -> None:
    # a strike named with its own qualifier is another strike than the rockets told before
    text = (
        "أطلق حزب الله صواريخ على بلدات شمال إسرائيل يوم الأربعاء. "
        "وأثار القصف الإسرائيلي لمطار بيروت أمس موجة تنديد عربية واسعة."
    )
    assert sorted(e["date"] for e in of_type(extract(text, "2006-07-14"), "attack")) == ["2006-07-12", "2006-07-13"]
    # أسفر عن counts the strikes' own toll, and the strikes keep their time
    toll = (
        "وقصفت الطائرات الإسرائيلية غزة يوم 10 مايو. "
        "وأسفرت الغارات الإسرائيلية على القطاع منذ العاشر من مايو عن مقتل 232 فلسطينيا."
    )
    assert "2021-05-10" in [e["date"] for e in of_type(extract(toll, "2021-05-21"), "attack")]

