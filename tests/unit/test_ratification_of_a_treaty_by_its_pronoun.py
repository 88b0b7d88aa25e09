"""A ratification told by its noun or verb with a pronoun for the treaty told before in its sentence
(«بعد يوم من مصادقة مجلس الدوما عليها أمس الاثنين», «صادق عليها البرلمان») ratifies that document
on its own day; one negated, called for or of a budget is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2022-10-04"  # a Tuesday


def test_a_second_ratification_by_its_pronoun_keeps_its_own_day() -> None:
    text = (
        "صادق مجلس الاتحاد الروسي، الغرفة العليا في البرلمان، بالإجماع اليوم الثلاثاء على معاهدات ضم أربع مناطق "
        "أوكرانية هي دونيتسك ولوغانسك وزابوريجيا وخيرسون، بعد يوم من مصادقة مجلس الدوما عليها أمس الاثنين."
    )
    found = of_type(extract(text, PUB), "ratification")
    assert sorted(e["date"] for e in found) == ["2022-10-03", "2022-10-04"], found


@pytest.mark.parametrize(
    "text",
    [
        "وقعت مصر والسودان اتفاقية للتعاون العسكري في مارس، ولم تتم المصادقة عليها حتى الآن.",
        "وقعت مصر والسودان اتفاقية للتعاون العسكري في مارس، وطالب نواب بالمصادقة عليها.",
        "وأعدت الحكومة الموازنة العامة في مارس، وصادق عليها البرلمان أمس.",
    ],
)
def test_no_ratification_by_its_pronoun(text: str) -> None:
    assert not of_type(extract(text, PUB), "ratification")
