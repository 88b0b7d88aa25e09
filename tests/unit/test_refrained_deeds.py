"""A deed someone refrained from (امتنع عن، امتناعه عن; refrained from, held off on) did not
take place, in Arabic as in English; a deed told in another clause of the sentence after the
refraining, and an abstention beside a vote, are read as before."""

import pytest

from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("وقد امتنع الرئيس الأمريكي السابق باراك أوباما يومها عن توجيه ضربة لدمشق في سبتمبر 2013.", "attack"),
        ("Former US President Barack Obama refrained from launching a strike on Damascus in September 2013.", "attack"),
        ("أعلنت وزارة الخارجية امتناعها عن فرض عقوبات على روسيا يوم الاثنين.", "sanctions"),
        ("The ministry said it would refrain from imposing sanctions on Russia on Monday.", "sanctions"),
    ],
)
def test_a_refrained_deed_is_none(text, kind):
    assert not of_type(extract(text, "2018-12-14"), kind)


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        ("امتنع الجيش عن الرد، وقصفت طائرات إسرائيلية مواقع لحماس في غزة يوم الاثنين.", "attack", "2018-12-10"),
        ("The army refrained from comment, and Israeli aircraft struck Hamas positions in Gaza on Monday.", "attack", "2018-12-10"),
        ("قصفت طائرات إسرائيلية مواقع لحماس في غزة يوم الاثنين.", "attack", "2018-12-10"),
    ],
)
def test_a_deed_of_another_clause_stays(text, kind, date):
    assert [e["date"] for e in of_type(extract(text, "2018-12-14"), kind)] == [date]
