"""A state that took part in a war or an operation with its forces («شاركت بمقاتلات في العمليات
الجوية فوق ليبيا عام 2011», «مشاركتها بقوات في التحالف») sent them there: a deployment. A part
only refused, weighed or still to come is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("وفي عهد الأمير تحولت الإمارة القطرية إلى لاعب إقليمي، إذ شاركت بمقاتلات في العمليات الجوية فوق ليبيا عام 2011.", ["2011"]),
        ("وشاركت الإمارات بقوات في الحرب في اليمن عام 2015.", ["2015"]),
        ("وكانت مشاركة المغرب بطائرات حربية في الحملة على اليمن قد بدأت في مارس 2015.", ["2015-03"]),
        ("شارك الأردن بقوة قوامها 300 جندي في بعثة الأمم المتحدة في مالي عام 2014.", ["2014"]),
        ("ورفضت مصر المشاركة بقوات في التحالف ضد اليمن.", []),
        ("وقالت تركيا إنها لن تشارك بقوات في العملية في سوريا.", []),
        ("وتدرس باكستان إمكانية المشاركة بقوات في التحالف في اليمن.", []),
        # no war: taking part strongly, at an air show, against fires
        ("وشاركت مصر بقوة في المفاوضات التي جرت في القاهرة أمس.", []),
        ("وشاركت روسيا بطائرات في معرض دبي للطيران أمس.", []),
        ("وشاركت الأردن بطائرات في إخماد الحرائق في تركيا أمس.", []),
        ("شاركت تركيا بقوة من فرق الإنقاذ في عمليات البحث عن ناجين بعد الزلزال في المغرب.", []),
    ],
)
def test_taking_part_with_forces_is_a_deployment(text: str, dates: list[str]) -> None:
    found = of_type(extract(text, "2015-10-05"), "deployment")
    assert [ev["date"] for ev in found] == dates, found
