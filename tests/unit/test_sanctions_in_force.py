"""Sanctions named as what is lifted, eased or waived (برفع العقوبات، الإعفاء من العقوبات, the
lifting of sanctions), or by an Arabic definite noun alone in a sentence with no time expression
of its own (قالت واشنطن إن العقوبات لا تستهدف المساعدات): sanctions in force, no new measure."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2023-02-09"


@pytest.mark.parametrize(
    "text",
    [
        "وطالبت دمشق برفع العقوبات الغربية «لتسهيل وصول المساعدات».",
        "وقالت واشنطن إن العقوبات «لا تستهدف المساعدات الإنسانية».",
        "وأعلن أن واشنطن ستمدد الإعفاء الممنوح للعراق من العقوبات المفروضة على استيراد الكهرباء الإيرانية.",
        "- رئيسي مدرج على لائحة العقوبات الأمريكية.",
        # an embargo pledged to be respected, upheld or abided by is in force
        "وفي يناير الماضي، استضافت برلين مؤتمرا دوليا حول ليبيا، وتعهدت الدول خلاله باحترام حظر السلاح.",
        "وأكدت الدول المشاركة التزامها بحظر توريد السلاح إلى ليبيا يوم الأحد.",
        "World leaders agreed on Sunday to uphold a United Nations arms embargo on Libya.",
        "All participants have committed to respect the arms embargo and not to send further military support.",
        # a day carried from the sentence before does not make the demand a measure
        (
            "وكانت طائرة إماراتية محمّلة بالمساعدات الإغاثية قد هبطت الثلاثاء في مطار دمشق الدولي، ضمن عملية"
            " «الفارس الشهم 2» التي أطلقتها أبوظبي.\nوطالبت دمشق برفع العقوبات الغربية «لتسهيل وصول المساعدات»،"
            " في حين قالت واشنطن إن العقوبات «لا تستهدف المساعدات الإنسانية»."
        ),
    ],
)
def test_sanctions_in_force_are_no_new_measure(text):
    assert of_type(extract(text, PUBLISHED), "sanctions") == []


@pytest.mark.parametrize(
    "text",
    [
        # imposed by a verb, or new, or dated by the sentence itself
        "وفرضت واشنطن العقوبات على طهران.",
        "وفرضت واشنطن عقوبات جديدة على طهران.",
        "أعلنت واشنطن العقوبات الجديدة على طهران.",
        "أعلنت الولايات المتحدة، الخميس، ضم عدد من الشخصيات والكيانات الجديدة على قائمة العقوبات.",
        "Washington imposed sanctions on Tehran on Sunday.",
    ],
)
def test_new_sanctions_stay(text):
    assert len(of_type(extract(text, PUBLISHED), "sanctions")) == 1
