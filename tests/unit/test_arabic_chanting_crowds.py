"""A crowd chanting slogans is a demonstration, in Arabic as in English: a verb of chanting
(ردد، هتف, every person and tense; the participles مرددين، هاتفين; the verbal noun ترديد)
with slogans or chants a few words after it, the subject perhaps between; not mourners at a
funeral, fans at a match, nor a campaign rally."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-03-10"  # a Sunday


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("احتشد عشرات الآلاف من أنصار الجيش في ملعب بالعاصمة نيامي يوم السبت، مرددين هتافات مناهضة لفرنسا.", 1),
        ("وردد مئات الطلاب في الرباط يوم السبت شعارات تطالب بإصلاح التعليم.", 1),
        ("ورفع آلاف السودانيين الأعلام في الخرطوم يوم السبت وهتفوا بشعارات ضد الحكومة.", 1),
        ("Tens of thousands of supporters of the army packed a stadium in Niamey on Saturday, chanting slogans against France.", 1),
        ("Hundreds of students in Rabat chanted slogans on Saturday demanding education reform.", 1),
        # mourners and fans chant too
        ("وردد المشيعون في بغداد يوم السبت هتافات خلال تشييع جثمان الشاعر.", 0),
        ("وردد المشجعون في ملعب القاهرة يوم السبت هتافات خلال مباراة الأهلي.", 0),
        ("Mourners in Baghdad chanted slogans on Saturday at the poet's funeral.", 0),
    ],
)
def test_a_chanting_crowd(text: str, count: int) -> None:
    assert len(of_type(extract(text, PUBLISHED), "protest")) == count
