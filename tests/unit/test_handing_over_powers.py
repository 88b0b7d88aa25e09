"""A ruler handing his powers to another is a change of office, in Arabic as in English: a
verb of transferring, delegating, handing or ceding them (نقل، فوّض، سلّم، تنازل, every person
and tense, and the verbal nouns) with the ruler's powers a few words after it (صلاحياته، كامل
صلاحياته، صلاحيات الرئيس); not a ministry's powers moved to another body, nor some of them."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-03-10"  # a Sunday


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("نقل الرئيس اليمني صلاحياته إلى مجلس رئاسي يوم الخميس.", 1),
        ("وفوض الرئيس الجزائري يوم الخميس كامل صلاحياته لرئيس الحكومة.", 1),
        ("وتنازل أمير قطر يوم الخميس عن سلطاته لولي عهده.", 1),
        ("The Yemeni president transferred his powers to a presidential council on Thursday.", 1),
        ("The Algerian president handed his powers to the prime minister on Thursday.", 1),
        # a ministry's powers, or some of the ruler's
        ("نقلت الحكومة العراقية صلاحيات وزارة التخطيط إلى المحافظات يوم الخميس.", 0),
        ("The king handed over some of his powers to parliament in a new constitution on Thursday.", 0),
    ],
)
def test_powers_handed_over(text: str, count: int) -> None:
    assert len(of_type(extract(text, PUBLISHED), "appointment")) == count
