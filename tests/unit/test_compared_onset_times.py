"""A time told in a phrase of "since" and an onset after a comparison ("the deadliest day since
the unrest began in early March", اليوم الأكثر دموية منذ اندلاع الاضطرابات مطلع مارس) dates that
onset's own word, not another deed of the sentence, which keeps the sentence's own day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        (
            "وشهدت مدينة مندرة الثلاثاء اليوم الأكثر دموية منذ اندلاع الاحتجاجات مطلع مارس/آذار، إذ قتل "
            "أكثر من 30 متظاهرا برصاص قوات الأمن الصومالية.",
            [("attack", "2024-05-14"), ("protest", "2024-03")],
        ),
        (
            "وشهدت مدينة مندرة الثلاثاء اليوم الأكثر دموية منذ اندلاع الاضطرابات مطلع مارس/آذار، إذ قتل "
            "أكثر من 30 متظاهرا برصاص قوات الأمن الصومالية.",
            [("attack", "2024-05-14")],
        ),
        (
            "Mandera on Tuesday saw the deadliest violence since the protests began in early March, with Somali "
            "security forces shooting dead more than 30 protesters.",
            [("attack", "2024-05-14"), ("protest", "2024-03")],
        ),
    ],
)
def test_a_compared_onset_time_dates_only_its_onset(text, dated):
    found = extract(text, "2024-05-16")
    assert sorted((e["event_type"], e["date"]) for e in found if e["event_type"] in ("attack", "protest")) == dated
