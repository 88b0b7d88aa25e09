"""Places of gatherings: a summit or conference named again by its definite noun alone, with
no place of its own in its sentence ("وشاركت في القمة الأردن ومصر"; "left the summit early"),
is the one an earlier sentence told with its place, and was held there, not in a state its
sentence names for another reason."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _places(text: str) -> list[str | None]:
    return [(e["location"] or {}).get("country") for e in of_type(extract(text, "2018-04-16"), "meeting")]


@pytest.mark.parametrize(
    "text",
    [
        # Arabic: told held in a relative clause of hosting, then named with two other states
        "وقّع القادة العرب أمس الأحد البيان الختامي في ختام القمة التي استضافتها مدينة الظهران شرقي"
        " السعودية. وشاركت في القمة الأردن ومصر، اللتان قطعتا علاقاتهما مع الدوحة عام 2017.",
        # Arabic: named again with its attendants and no place at all
        "وقّع القادة العرب أمس الأحد البيان الختامي في ختام القمة التي استضافتها مدينة الظهران شرقي"
        " السعودية. وشارك في القمة أمير الكويت إلى جانب الرئيس المصري.",
        # English: told held "in the Saudi city of", then left for the emir's capital
        "Leaders signed a joint declaration on Sunday at the end of a summit in the Saudi city of Dhahran."
        " Kuwait's emir left the summit early to return to Kuwait City.",
        # English: attended by a ruler of another state
        "Leaders signed a joint declaration on Sunday at the end of a summit in the Saudi city of Dhahran."
        " Kuwait's emir, who flew home that night, attended the summit.",
    ],
)
def test_the_gathering_named_again_is_held_where_told(text):
    assert _places(text) == ["SAU"]
