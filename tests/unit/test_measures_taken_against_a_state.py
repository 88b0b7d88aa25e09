"""Measures or decisions a state took against another, told as what the measures are («القرارات
التي اتخذتها المملكة ضد قطر», «الإجراءات التي فرضت على دولة قطر», "the measures taken by Saudi
Arabia against Qatar"), were taken: sanctions. Measures against journalists, protesters or a
virus are no sanctions between states (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_PUBLISHED = "2017-06-20"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("وانتقد الوزير القرارات التي اتخذتها المملكة العربية السعودية ضد قطر.", {"SAU", "QAT"}),
        ("ورفضت الحكومة الإجراءات التي فرضت على دولة قطر من قبل السعودية والإمارات.", {"SAU", "ARE", "QAT"}),
        ("The minister criticised the measures taken by Saudi Arabia against Qatar.", {"SAU", "QAT"}),
    ],
)
def test_measures_taken_against_a_state_are_sanctions(text, countries):
    found = of_type(extract(text, _PUBLISHED), "sanctions")
    assert found, text
    assert countries <= set(found[0]["countries"]), found


@pytest.mark.parametrize(
    "text",
    [
        "وانتقدت المنظمة الإجراءات التي اتخذتها السلطات المصرية ضد الصحفيين.",
        "The group criticised the measures taken by Egyptian authorities against journalists.",
    ],
)
def test_measures_against_people_are_no_sanctions(text):
    assert not of_type(extract(text, _PUBLISHED), "sanctions")
