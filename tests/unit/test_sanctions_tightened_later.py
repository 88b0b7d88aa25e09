"""Sanctions imposed and then tightened by the same side, the tightening told by a verb with a
pronoun that takes them up after قبل أن (فرض مجلس الأمن عقوبات على ليبيا في أفريل 1992، قبل أن
يشددها في نوفمبر 1993), are two measures, each on its own time; a tightening with no sanctions
near it tightens nothing of the kind. Training to impose a blockade (تدريبات على فرض حصار بحري,
training on imposing a naval blockade) imposes none."""

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


def test_training_to_impose_a_blockade_imposes_none() -> None:
    for text in (
        "وبدأت المناورات الروسية الصينية أمس، على أن تشمل عمليات إنزال برمائي وتدريبات على فرض حصار بحري.",
        "Russian and Chinese forces began drills on Thursday, including training on imposing a naval blockade.",
    ):
        assert of_type(extract(text, "2005-08-19"), "sanctions") == [], text
    imposed = "وفرضت الولايات المتحدة حصارا بحريا على إيران أمس بعد مناورات إيرانية."
    assert [e["date"] for e in of_type(extract(imposed, "2005-08-19"), "sanctions")] == ["2005-08-18"]


def test_a_curfew_tightened_is_no_measure() -> None:
    text = "فرضت السلطات المصرية حظر التجول في السويس يوم 28 يناير مع إجراءات أمنية مشددة، قبل أن تشددها يوم الأحد."
    assert of_type(extract(text, "2011-02-02"), "sanctions") == []

