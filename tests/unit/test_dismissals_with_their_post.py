"""A dismissal told with the post it ends (إعفاء رئيس الحكومة هشام المشيشي من منصبه، أعفى الملك
الوزير من مهامه) is as strong a word as أقال, as "relieved of his post" is in English: it stands
beside the other deeds its sentence tells (the demonstrations of that day). A bare إعفاء from a tax,
a fee or a visa is no dismissal."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2021-07-26"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "أعلن الرئيس التونسي قيس سعيد، مساء الأحد، إعفاء رئيس الحكومة هشام المشيشي من منصبه وتجميد أعمال البرلمان، "
            "في ختام يوم خرجت فيه مظاهرات في عدة مدن ضد أداء الحكومة.",
            ["appointment", "protest"],
        ),
        ("أعفى الملك محمد السادس أمس الأحد وزير الداخلية من مهامه.", ["appointment"]),
        (
            "Tunisian President Kais Saied relieved Prime Minister Hichem Mechichi of his post on Sunday evening, "
            "at the end of a day in which protests erupted in several cities.",
            ["appointment", "protest"],
        ),
    ],
)
def test_a_dismissal_from_a_post_is_told(text: str, types: list[str]) -> None:
    found = extract(text, PUB)
    assert sorted({e["event_type"] for e in found}) == types
    assert [e["date"] for e in of_type(found, "appointment")] == ["2021-07-25"]


@pytest.mark.parametrize(
    "text",
    [
        "قررت الحكومة أمس إعفاء السلع الغذائية من الرسوم الجمركية.",
        "أعلنت الوزارة إعفاء المواطنين القطريين من تأشيرة الدخول.",
    ],
)
def test_an_exemption_is_no_dismissal(text: str) -> None:
    assert of_type(extract(text, PUB), "appointment") == []
