"""An event whose sentence names its parties only as "the three sides" (الأطراف الثلاثة) takes
the three countries of the event told just before, when that one has exactly three."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2020-12-23"


@pytest.mark.parametrize(
    "text",
    [
        "An Israeli delegation accompanied by White House adviser Jared Kushner arrived in Rabat, Morocco, "
        "on Tuesday. The three sides signed a joint declaration on restoring ties.",
        "وصل وفد إسرائيلي برفقة مستشار البيت الأبيض جاريد كوشنر إلى الرباط بالمغرب أمس الثلاثاء. "
        "ووقعت الأطراف الثلاثة إعلانا مشتركا لاستئناف العلاقات.",
    ],
)
def test_the_three_sides_are_the_three_told_before(text: str) -> None:
    found = of_type(extract(text, PUB), "agreement")
    assert len(found) == 1
    assert set(found[0]["countries"]) == {"ISR", "MAR", "USA"}


def test_the_two_sides_stay_two() -> None:
    text = (
        "Israeli Prime Minister Benjamin Netanyahu met Moroccan King Mohammed VI in Rabat on Tuesday. "
        "The two sides signed a joint declaration on restoring ties."
    )
    found = of_type(extract(text, PUB), "agreement")
    assert len(found) == 1
    assert set(found[0]["countries"]) == {"ISR", "MAR"}
