"""A deed named as a kind and judged by a predicate ("Missile attacks on civilian areas violate
international law", «إطلاق الصواريخ البالستية باتجاه المدن الآهلة بالسكان يعد مخالفا للقانون الدولي»)
is no event of a day: after an attack told with its sides, it adds no second one (data/assembly.json
`generic_predicates`, `generic_predicates_ar`; events/assemble/habitual.py)."""

import pytest

from tests.unit.test_extraction_support import extract, of_type

_LEAD_AR = "أطلق الحوثيون صاروخا باليستيا على جازان صباح اليوم، واعترضته قوات الدفاع الجوي السعودي. "
_LEAD_EN = "The Houthis fired a ballistic missile at Jazan on Friday, the coalition said. "


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (_LEAD_AR + "وأكد المالكي أن إطلاق الصواريخ البالستية باتجاه المدن والقرى الآهلة بالسكان يعد مخالفاً للقانون الدولي.", 1),
        (_LEAD_AR + "وقال المتحدث إن استهداف المدنيين بالصواريخ يشكل جريمة حرب.", 1),
        (_LEAD_EN + "Missile attacks on populated cities violate international law, the spokesman added.", 1),
        (_LEAD_EN + "Such strikes on civilians constitute war crimes, he said.", 1),
        # a deed of its own, dated, judged: still told
        ("أدان التحالف إطلاق الحوثيين الصواريخ على جازان الجمعة يعد انتهاكا للهدنة.", 1),
        ("Houthi missile attacks on Jazan on Friday violate international law, the coalition said.", 1),
    ],
)
def test_a_kind_of_deed_judged_is_no_event(text, count):
    assert len(of_type(extract(text, "2018-04-20"), "attack")) == count
