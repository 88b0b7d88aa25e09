"""Restrictions, measures or sanctions that a named state imposes on another, told by a relative
clause whose verb takes the noun up by its pronoun (القيود التي تفرضها السعودية على القطريين,
"the restrictions Egypt imposes on Qatari travellers"): sanctions in force, the day's news,
dated by the publication when the sentence gives no time. The same words on journalists, the
press, activists or prisoners tell no sanctions between states, and a call to impose them no
measure at all. A demand to lift them speaks of them as in force."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2019-03-14"


@pytest.mark.parametrize(
    ("imposed", "not_sanctions", "countries"),
    [
        (
            "وأكدت الوزارة استمرار القيود التي تفرضها السعودية على المواطنين القطريين.",
            "وأكدت المنظمة استمرار القيود التي تفرضها السلطات على الصحفيين.",
            {"SAU", "QAT"},
        ),
        (
            "وانتقد البيان الإجراءات التعسفية التي تفرضها الإمارات على الشركات القطرية.",
            "وانتقد البيان الإجراءات التعسفية التي تفرضها الشرطة على الناشطين.",
            {"ARE", "QAT"},
        ),
        (
            "وتضر العقوبات التي تفرضها الولايات المتحدة على إيران بالمرضى.",
            "ودعا النواب إلى فرض عقوبات على إيران.",
            {"USA", "IRN"},
        ),
        (
            # named as what a demand would lift, they are still in force
            "وطالبت الدوحة برفع القيود التي تفرضها البحرين على رحلاتها.",
            "وطالبت الدوحة بفرض قيود على رحلات البحرين.",
            {"BHR", "QAT"},
        ),
        (
            "The restrictions Egypt imposes on Qatari travellers remain in place.",
            "The restrictions the authorities impose on journalists remain in place.",
            {"EGY", "QAT"},
        ),
        (
            "The measures the UAE imposes on Qatari citizens have split families.",
            "The measures the prison imposes on detainees have split families.",
            {"ARE", "QAT"},
        ),
    ],
)
def test_restrictions_a_state_imposes_are_sanctions_in_force(imposed, not_sanctions, countries):
    found = of_type(extract(imposed, PUBLISHED), "sanctions")
    assert len(found) == 1
    assert countries <= set(found[0]["countries"])
    assert (found[0]["date"], found[0]["date_basis"]) == (PUBLISHED, "publication")
    assert of_type(extract(not_sanctions, PUBLISHED), "sanctions") == []
