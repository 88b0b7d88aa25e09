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


# a short baseline after "since" (a name, a time, a period) and a word of place or time after it:
# the time that follows is the deed's own; a baseline told by a deed keeps the time it holds
BASELINES = [
    ("Russia held its biggest war games since the Cold War in Siberia on Tuesday.", "military_exercise", "2024-05-14"),
    ("Iran saw its largest protests since 2009 in Tehran on Tuesday.", "protest", "2024-05-14"),
    ("Japan opened its first overseas military base since World War Two in Djibouti in 2011.", "deployment", "2011"),
    ("وأجرت روسيا أكبر مناورات عسكرية منذ الحرب الباردة في سيبيريا يوم الثلاثاء.", "military_exercise", "2024-05-14"),
    ("وشهدت إيران أكبر احتجاجات منذ عام 2009 في طهران يوم الثلاثاء.", "protest", "2024-05-14"),
    # not past a baseline told by a deed, nor a time right after the baseline and one preposition
    ("Sisi visited Khartoum, his first trip to Sudan since the ousting of Omar al-Bashir in 2019.", "visit", "2024-05-16"),
    ("Israeli jets carried out the heaviest strikes on Gaza since the war in 2014.", "attack", "2024-05-16"),
    ("وشنت إسرائيل أعنف غارات على غزة منذ الحرب في عام 2014.", "attack", "2024-05-16"),
    ("وزار وزير الخارجية الأردني دمشق في أول زيارة منذ اندلاع النزاع في عام 2011.", "visit", "2024-05-16"),
]


@pytest.mark.parametrize(("text", "event_type", "date"), BASELINES)
def test_a_time_past_a_compared_baseline_is_the_deeds(text: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in extract(text, "2024-05-16") if e["event_type"] == event_type] == [date]
