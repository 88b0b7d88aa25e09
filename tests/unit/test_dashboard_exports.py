"""The dashboard's export files speak the page's language."""

from __future__ import annotations

import json

import pytest

from dashboard.exports import export_bytes
from events.exporters import to_timelinejs

RECORDS = [
    {"event_id": "a", "event_type": "visit", "date": "2017-06-05", "date_precision": "day", "title": "زيارة"},
    {"event_id": "b", "event_type": "sanctions", "date": "2017-06", "date_precision": "month", "title": "Boycott"},
    {"event_id": "c", "event_type": "election", "date": None, "date_precision": None, "title": "undated"},
]


@pytest.mark.parametrize(
    ("lang", "headline", "count", "groups"),
    [
        ("en", "Geopolitical timeline", "2 events", {"Visit", "Sanctions"}),
        ("ar", "الخط الزمني للأحداث", "عدد الأحداث: 2", {"زيارة", "عقوبات"}),
    ],
)
def test_timelinejs_export_is_titled_and_grouped_in_the_page_language(lang, headline, count, groups) -> None:
    doc = json.loads(export_bytes(RECORDS, "timelinejs", lang))
    assert doc["title"]["text"] == {"headline": headline, "text": count}
    assert {s["group"] for s in doc["events"]} == groups
    assert [s["unique_id"] for s in doc["events"]] == ["a", "b"]  # the undated event has no slide


def test_timelinejs_defaults_keep_codes_and_an_english_count() -> None:
    doc = to_timelinejs(RECORDS)
    assert doc["title"]["text"] == {"headline": "Events", "text": "2 events"}
    assert {s["group"] for s in doc["events"]} == {"visit", "sanctions"}


def test_timelinejs_count_text_is_escaped() -> None:
    doc = to_timelinejs(RECORDS, "T", count_text=lambda n: f"<{n}>")
    assert doc["title"]["text"]["text"] == "&lt;2&gt;"
