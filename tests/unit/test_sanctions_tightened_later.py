"""Sanctions imposed and then tightened by the same side, the tightening told by a verb with a
pronoun that takes them up after قبل أن (فرض مجلس الأمن عقوبات على ليبيا في أفريل 1992، قبل أن
يشددها في نوفمبر 1993), are two measures, each on its own time; a tightening with no sanctions
near it tightens nothing of the kind."""

from __future__ import annotations

from test_extraction_support import extract, of_type

PUBLISHED = "1999-04-06"


def test_sanctions_tightened_are_a_measure_of_their_own() -> None:
    text = (
        "وفرض مجلس الأمن عقوبات جوية وعسكرية على ليبيا في أفريل 1992 لرفضها تسليم المتهمين، "
        "قبل أن يشددها في نوفمبر 1993 بتجميد بعض الأرصدة الليبية في الخارج."
    )
    assert sorted(e["date"] for e in of_type(extract(text, PUBLISHED), "sanctions")) == ["1992-04", "1993-11"]


def test_a_tightening_of_no_measure_is_none() -> None:
    text = "ووضعت الحكومة الليبية خطة أمنية في أفريل 1992، قبل أن يشددها الجيش في نوفمبر 1993."
    assert of_type(extract(text, PUBLISHED), "sanctions") == []
