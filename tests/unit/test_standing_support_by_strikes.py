"""Forces that have been supported by air strikes (government forces have been supported by U.S.
air strikes, have been backed by Russian air strikes) get a standing support, no strike of a day;
strikes told as a deed, or with a day of their own, stay."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-02-06"


@pytest.mark.parametrize(
    "text",
    [
        "Somali government forces have been supported by U.S. air strikes.",
        "Syrian troops have been backed by Russian air strikes in Idlib.",
        "Kurdish fighters have been backed by U.S.-led coalition air strikes.",
    ],
)
def test_a_standing_support_is_no_strike(text):
    found = of_type(extract(text, PUBLISHED), "attack")
    assert found == [], found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("U.S. air strikes hit al-Shabaab positions in Somalia on Monday.", "2024-02-05"),
        ("Syrian troops, backed by Russian air strikes, captured the town of Saraqeb on Monday.", "2024-02-05"),
        ("وشنت الطائرات الأمريكية غارات على مواقع حركة الشباب في الصومال يوم الاثنين.", "2024-02-05"),
    ],
)
def test_strikes_of_a_day_stay(text, date):
    found = of_type(extract(text, PUBLISHED), "attack")
    assert [e["date"] for e in found] == [date], found
