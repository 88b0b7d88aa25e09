"""An outcome of talks told with the one sitting it came out of, right after a word of after
("وذلك عقب اجتماع للجنتي المتابعة في البلدين عقد في الرياض", "في ختام اجتماع بين وفدي البلدين في
القاهرة"), tells two events, as English does ("after a meeting between their delegations in
Riyadh"): the sitting was held, on the outcome's day, and the outcome was reached where the
sitting was held. Not a body's own sitting (عقب اجتماع لمجلس الوزراء), nor talks told as
negotiations, which recall the long course that led there."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUB = "2023-04-13"


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((e["event_type"], e["date"], (e["location"] or {}).get("country")) for e in extract(text, PUB))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "اتفقت البحرين وقطر الأربعاء على استئناف العلاقات الدبلوماسية بينهما، وذلك عقب اجتماع للجنتي المتابعة في البلدين عقد في الرياض.",
            [("meeting", "2023-04-12", "SAU"), ("relations", "2023-04-12", "SAU")],
        ),
        (
            "وقع البلدان الخميس اتفاقية للتعاون الأمني في ختام اجتماع بين وفدي البلدين في القاهرة.",
            [("agreement", "2023-04-13", "EGY"), ("meeting", "2023-04-13", "EGY")],
        ),
    ],
)
def test_an_arabic_sitting_an_outcome_came_out_of_is_held(text, found):
    assert _events(text) == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Bahrain and Qatar agreed on Wednesday to restore diplomatic relations after a meeting between their delegations in Riyadh.",
            [("meeting", "2023-04-12", "SAU"), ("relations", "2023-04-12", "SAU")],
        ),
        (
            "وقررت الحكومة الأربعاء قطع العلاقات مع إيران عقب اجتماع لمجلس الوزراء.",
            [("sanctions", "2023-04-12", None)],
        ),
        (
            "واتفق الطرفان الأربعاء على وقف إطلاق النار بعد مفاوضات بين الجانبين في الدوحة.",
            [("ceasefire", "2023-04-12", "QAT")],
        ),
    ],
)
def test_as_in_english_and_no_body_s_own_sitting_nor_a_long_course(text, found):
    assert _events(text) == found
