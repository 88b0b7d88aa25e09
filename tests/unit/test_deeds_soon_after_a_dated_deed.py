"""A deed with no date of its own followed in its clause by a word of after and a deed dated to
a day or month before the publication's month (after, بعد، بعد أن) came soon after that deed: it takes that deed's month, not the
publication's day; not when a span is counted before the word of after (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "Dozens of people protested in Amman after the border agreement was published in March.",
            "protest",
            "2019-03",
        ),
        (
            "The Qatari emir telephoned the Turkish president to congratulate him after his victory on April 16.",
            "meeting",
            "2019-04",
        ),
        ("تظاهر مئات الأشخاص في عمان بعد نشر اتفاق الحدود في مارس.", "protest", "2019-03"),
        (
            "وأرسلت الكويت طائرات محملة بالمساعدات إلى السودان بعد الفيضانات التي اجتاحت البلاد في فبراير.",
            "aid",
            "2019-02",
        ),
    ],
)
def test_a_deed_after_a_dated_deed_takes_its_month(text, event_type, date) -> None:
    found = of_type(extract(text, "2019-06-04"), event_type)
    assert [(e["date"], e["date_precision"]) for e in found] == [(date, "month")]


@pytest.mark.parametrize(
    ("dated", "kept", "event_type"),
    [
        (
            "Dozens of people protested in Amman after the border agreement was published in March.",
            "Dozens of people protested in Amman two years after the border agreement was published in March.",
            "protest",
        ),
        (
            "تظاهر مئات الأشخاص في عمان بعد نشر اتفاق الحدود في مارس.",
            "تظاهر مئات الأشخاص في عمان بعد عامين من نشر اتفاق الحدود في مارس.",
            "protest",
        ),
    ],
)
def test_a_counted_span_keeps_the_month_off(dated, kept, event_type) -> None:
    """A span counted before the word of after puts the deed later than that month."""
    assert [e["date"] for e in of_type(extract(dated, "2019-06-04"), "protest")] == ["2019-03"]
    assert all(e["date"] != "2019-03" for e in of_type(extract(kept, "2019-06-04"), event_type))
