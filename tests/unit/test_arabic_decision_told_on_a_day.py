"""An Arabic decision told in the that-clause of a saying dated to a day ("أعلن الوزير، مساء
الاثنين، أن البلدين اتفقا على إعادة فتح الحدود"): the deed decided, right after a verb of a
decision taken (اتفقتا على، قررت), was decided by the day it was told, and takes that day. The
speaker, named at length, may stand between the saying and its day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "أعلن وزير الخارجية العماني بدر البوسعيدي، مساء الاثنين، أن الإمارات وقطر اتفقتا على إعادة فتح "
            "الحدود البرية بين البلدين.",
            "2021-01-06",
            "relations",
            "2021-01-04",
        ),
        (
            "وجاء الاجتماع بعد ساعات من إعلان المتحدث باسم الخارجية الكويتية عبد الله الصباح، مساء الأحد، أن "
            "مصر وقطر اتفقتا على استئناف العلاقات الدبلوماسية بين البلدين.",
            "2021-01-06",
            "relations",
            "2021-01-03",
        ),
    ],
)
def test_a_decision_told_on_a_day_takes_it(text: str, published: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == [date]

