"""Curbs, export controls or duties imposed on a side, and restrictions or
curbs placed on it, are sanctions, as فرضت قيودا and imposed restrictions are;
restrictions placed on gatherings against an epidemic are none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-05-11"  # a Tuesday: "on Monday" is 2021-05-10


@pytest.mark.parametrize(
    ("english", "arabic"),
    [
        (
            "The United States imposed export controls on Russian firms on Monday.",
            "فرضت الولايات المتحدة قيودا على شركات روسية يوم الاثنين.",
        ),
        (
            "The United States placed export curbs on Russian firms on Monday.",
            "فرضت الولايات المتحدة قيودا على شركات روسية يوم الاثنين.",
        ),
        (
            "Canada imposed duties on Chinese steel on Monday.",
            "فرضت كندا رسوما على الصلب الصيني يوم الاثنين.",
        ),
    ],
)
def test_curbs_or_duties_imposed_are_sanctions_in_both_languages(english, arabic):
    assert [e["date"] for e in of_type(extract(arabic, PUBLISHED), "sanctions")] == ["2021-05-10"]
    assert [e["date"] for e in of_type(extract(english, PUBLISHED), "sanctions")] == ["2021-05-10"]


def test_restrictions_placed_against_an_epidemic_are_none():
    told = "The United States placed export curbs on Russian firms on Monday."
    everyday = "The Egyptian government placed restrictions on gatherings over the coronavirus on Monday."
    assert of_type(extract(told, PUBLISHED), "sanctions")
    assert of_type(extract(everyday, PUBLISHED), "sanctions") == []
