"""A bare definite event noun that the catalog would tie by its keywords alone to an entry of
another country or year ("the referendum", "الاستفتاء") tells the article's own event again when
the article has written that noun before and told an event of the type on another day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_EN = (
    "Officials said on Tuesday that turnout in the region's independence referendum was high.\n\n"
    "Kurds voted on Monday across northern Iraq. Iraqi units joined Turkish troops for military "
    "exercises on Tuesday close to the border, Turkey's army said. Turkey had begun the drills a week "
    "before the referendum."
)
_AR = (
    "قال مسؤولون الثلاثاء إن نسبة المشاركة في استفتاء الإقليم على الاستقلال كانت مرتفعة.\n\n"
    "وصوت الأكراد يوم الاثنين في شمال العراق. وكانت تركيا قد بدأت مناوراتها على الحدود قبل أسبوع من الاستفتاء."
)


@pytest.mark.parametrize(("text", "published"), [(_EN, "2017-09-26"), (_AR, "2017-09-26")])
def test_a_bare_noun_retells_the_articles_own_event(text: str, published: str) -> None:
    votes = of_type(extract(text, published), "election")
    assert [e["date"] for e in votes] == ["2017-09-25"]

