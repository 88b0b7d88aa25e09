"""A truce told on its eve by a telling that lacks one of its sides, whatever mediator that
telling names beside them (an Egyptian proposal the cabinet approved), is that side's step toward
the truce of all: one truce, on the day it took effect. A telling on the eve that names all its
sides keeps the earlier day, as before."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # one side's approval of a mediator's proposal on the eve: the day the truce took effect
        (
            "دخل وقف إطلاق النار بين إسرائيل والفصائل الفلسطينية في قطاع غزة حيز التنفيذ فجر اليوم الجمعة. "
            "وأعلن المجلس الوزاري الإسرائيلي مساء الخميس موافقته بالإجماع على مقترح مصري لوقف إطلاق النار، "
            "فيما أكدت حركتا حماس والجهاد الإسلامي التزامهما بالتهدئة.",
            "2021-05-21",
        ),
        (
            "A ceasefire between Israel and Palestinian factions in Gaza took effect early on Friday. Israel's "
            "security cabinet announced on Thursday evening its approval of an Egyptian proposal for a ceasefire, "
            "while Hamas confirmed its commitment to the truce.",
            "2021-05-21",
        ),
        (
            "A ceasefire between Israel and Hamas took effect in Gaza early on Friday. "
            "Egypt and Israel agreed on Thursday evening on the ceasefire.",
            "2021-05-21",
        ),
        (
            "دخل وقف إطلاق النار بين إسرائيل وحماس في غزة حيز التنفيذ فجر الجمعة. "
            "واتفقت مصر وإسرائيل مساء الخميس على الهدنة.",
            "2021-05-21",
        ),
        # announced on the eve by a telling that names all its sides: the day it was announced
        (
            "A ceasefire between Israel and Hamas took effect in Gaza early on Friday. "
            "Egypt announced on Thursday evening the ceasefire between Israel and Hamas.",
            "2021-05-20",
        ),
        (
            "دخل وقف إطلاق النار بين إسرائيل وحماس في غزة حيز التنفيذ فجر الجمعة. "
            "وأعلنت مصر مساء الخميس الهدنة بين إسرائيل وحماس.",
            "2021-05-20",
        ),
    ],
)
def test_a_step_on_the_eve_is_the_truce_of_its_day(text, date):
    found = of_type(extract(text, "2021-05-21"), "ceasefire")
    assert [e["date"] for e in found] == [date], [(e["date"], e["countries"], e["trigger"]) for e in found]
