"""An event noun that a relative clause tells had been scheduled ("الانتخابات التي كانت مقررة
في ديسمبر الماضي وتأجلت", "بشأن الانتخابات، التي كان مقررا إجراؤها مطلع فبراير", "the
elections, which had been scheduled for December") was due, not held: no event. The relative
word closes the clause for the other cues, so the scheduling is read from the whole relative
clause. An event the relative clause tells done stays one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2022-05-01"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("ولم يحدد أي من الطرفين في ليبيا موعدا لإجراء الانتخابات التي كانت مقررة في ديسمبر الماضي وتأجلت إلى أجل غير مسمى.", "election"),
        ("ولم يحدد بعد موعد لاستئناف الحوار بين الحكومة الصومالية والولايات بشأن الانتخابات، التي كان مقررا إجراؤها مطلع فبراير الماضي.", "election"),
        ("وأرجئت القمة العربية التي كان من المقرر عقدها في الجزائر في مارس الماضي.", "meeting"),
        ("No date has been set in Libya for the elections, which had been scheduled for December.", "election"),
        ("Iraq's parliamentary elections that were planned for April were put off.", "election"),
    ],
)
def test_a_deed_told_as_scheduled_in_a_relative_clause_is_no_event(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUBLISHED), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وفاز الحزب في الانتخابات التي جرت في العراق في أبريل الماضي.", "election"),
        ("The party won the elections that were held in Iraq in April.", "election"),
    ],
)
def test_a_deed_told_done_in_a_relative_clause_stays(text: str, event_type: str) -> None:
    assert len(of_type(extract(text, PUBLISHED), event_type)) == 1
