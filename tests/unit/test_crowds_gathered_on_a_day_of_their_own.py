"""A crowd told by its verb of gathering with its count (تجمع آلاف، احتشد المئات; thousands
gathered) on a day of its own, after a protest told before, is another protest: the verb is
its event word, not the protesters named after it (تجمع آلاف المحتجين), whose definite noun
would read as the protesters told before."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2018-06-01"  # a Friday: أمس is 2018-05-31, الأربعاء 2018-05-30


@pytest.mark.parametrize(
    "text",
    [
        "نفذت النقابات في الأردن يوم الأربعاء إضرابا عاما. وتجمع آلاف المحتجين مساء أمس قرب مقر رئاسة الوزراء في عمان.",
        "نفذت النقابات في الأردن يوم الأربعاء إضرابا عاما. واحتشد المئات من المحتجين مساء أمس قرب مقر رئاسة الوزراء في عمان.",
        "Jordan's unions held a general strike on Wednesday. Thousands of protesters gathered near the prime minister's office in Amman on Thursday.",
    ],
)
def test_a_crowd_gathered_on_another_day_is_another_protest(text: str) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, PUBLISHED), "protest")) == ["2018-05-30", "2018-05-31"]


@pytest.mark.parametrize(
    "text",
    [
        # the same day: the crowd is the strike's own
        "نفذت النقابات في الأردن يوم الأربعاء إضرابا عاما، وتجمع آلاف المحتجين قرب مقر رئاسة الوزراء في عمان.",
        # a crowd gathered to welcome or mourn holds no protest
        "نفذت النقابات في الأردن يوم الأربعاء إضرابا عاما. وتجمع آلاف المواطنين مساء أمس لاستقبال الحجاج في مطار عمان.",
        "Jordan's unions held a general strike on Wednesday. Thousands gathered at Amman airport on Thursday to welcome the pilgrims.",
    ],
)
def test_the_same_day_or_a_welcome_adds_no_protest(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "protest")] == ["2018-05-30"]
