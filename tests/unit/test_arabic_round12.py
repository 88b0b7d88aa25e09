"""Arabic round 12: a verbal noun with its doer before its object (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        # the verbal noun takes its doer before its object
        (
            "أفادت وكالة رويترز اليوم بإيقاف عدد من البنوك السعودية والإماراتية التعامل مع المصارف القطرية.",
            "2017-06-06",
            {"SAU", "ARE", "QAT"},
        ),
        (
            "أعلنت الحكومة اليوم تعليق شركة الطيران الوطنية المصرية كل رحلاتها إلى قطر.",
            "2017-06-06",
            {"EGY", "QAT"},
        ),
        # the doer of a ban on landing may stand several words before what it bars
        (
            "منعت الهيئة العامة للطيران المدني الإماراتية جميع الطائرات القطرية من الهبوط في مطاراتها.",
            "2017-06-06",
            {"ARE", "QAT"},
        ),
    ],
)
def test_a_suspension_with_its_doer_between_is_a_sanction(text, published, countries):
    found = of_type(extract(text, published), "sanctions")
    assert len(found) == 1, found
    assert countries <= set(found[0]["countries"]), found


@pytest.mark.parametrize(
    "text",
    [
        # a suspension of dealings with no state named is no sanction between states
        "قررت إدارة النادي إيقاف اللاعب عن التعامل مع وسائل الإعلام لمدة أسبوع.",
    ],
)
def test_a_suspension_between_no_states_is_no_sanction(text):
    assert of_type(extract(text, "2017-06-06"), "sanctions") == []
