"""Military operations begun, named with the possessive of their side (بدأ التحالف عملياته
العسكرية), are an attack, as العمليات العسكرية is; their halt (وقف عملياته العسكرية) is a
ceasefire, no attack."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind", "dates"),
    [
        ("بدأ التحالف عملياته العسكرية في اليمن في 26 مارس 2015.", "attack", ["2015-03-26"]),
        (
            "واندلع النزاع بعدما سيطر الحوثيون على العاصمة صنعاء في سبتمبر 2014، ثم بدأ التحالف عملياته "
            "العسكرية في 26 مارس 2015 دعما للحكومة اليمنية.",
            "attack",
            ["2014-09", "2015-03-26"],
        ),
        ("أطلقت تركيا أمس عمليتها العسكرية في شمال شرق سوريا.", "attack", ["2022-04-02"]),
        ("شنت تركيا أمس عمليتها العسكرية في شمال شرق سوريا.", "attack", ["2022-04-02"]),
        ("أعلن التحالف انطلاق عملياته العسكرية في اليمن أمس.", "attack", ["2022-04-02"]),
        ("بدأت القوات الروسية والسورية عملياتهما العسكرية في إدلب أمس.", "attack", ["2022-04-02"]),
        # their halt: a ceasefire, and no attack
        ("أعلن التحالف بقيادة السعودية وقف عملياته العسكرية في اليمن اعتبارا من 30 مارس.", "attack", []),
        ("أعلن التحالف بقيادة السعودية وقف عملياته العسكرية في اليمن اعتبارا من 30 مارس.", "ceasefire", ["2022-03-30"]),
    ],
)
def test_military_operations_of_a_side(text: str, kind: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, "2022-04-03"), kind)) == dates
