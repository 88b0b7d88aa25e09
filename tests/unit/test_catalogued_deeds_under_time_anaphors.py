"""A time word that refers back to another sentence's time («في ذلك الوقت»، «آنذاك», "at the
time") dates what it refers back to, at that telling's precision; it tells no coarser date of
a catalogued deed than the catalog's day, as a year the text writes does ("in 2014", «عام
2014»). An ordinal term («الولاية الأولى», "first term") names the inauguration of that term."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.assemble.told_precision import told_coarser
from events.model import TimeMention
from events.reference import load_catalog


@pytest.mark.parametrize(
    ("words", "value", "precision", "expected"),
    [
        ("في ذلك الوقت", "2014", "year", None),
        ("آنذاك", "2014", "year", None),
        ("at the time", "2014", "year", None),
        ("back then", "2014", "year", None),
        # written years and months stay the text's
        ("عام 2014", "2014", "year", ("2014", "year", "explicit")),
        ("in 2014", "2014", "year", ("2014", "year", "explicit")),
        ("in June", "2014-06", "month", ("2014-06", "month", "explicit")),
        ("في يونيو", "2014-06", "month", ("2014-06", "month", "explicit")),
    ],
)
def test_a_time_anaphor_is_no_coarser_date_of_the_entry(words, value, precision, expected):
    entry = load_catalog().get("sisi_inauguration_2014")
    assert entry is not None
    text = f"Sisi was sworn in {words}."
    told = TimeMention(text.index(words), text.index(words) + len(words), words, value, precision, "explicit")  # type: ignore[arg-type]
    assert told_coarser(entry, text, (4, 17), told) == expected


@pytest.mark.parametrize(
    ("text", "published", "ref_id", "date"),
    [
        (
            "وفاز السيسي في انتخابات 2014. وأقسم السيسي اليمين في الولاية الأولى أمام المحكمة الدستورية، "
            "لعدم وجود برلمان في ذلك الوقت.",
            "2018-06-02",
            "sisi_inauguration_2014",
            "2014-06-08",
        ),
        (
            "Sisi won the election in May 2014. Sisi was sworn in for his first term before the constitutional court, "
            "as there was no parliament at the time.",
            "2018-06-02",
            "sisi_inauguration_2014",
            "2014-06-08",
        ),
        # near-misses: a written year or month is the text's date; the second term is another entry
        ("وأدى السيسي اليمين لولايته الأولى في حزيران/يونيو 2014 أمام المحكمة الدستورية.", "2018-06-10", None, "2014-06"),
        ("Sisi was sworn in for his first term in June 2014 before the constitutional court.", "2018-06-10", None, "2014-06"),
        ("وأقسم السيسي اليمين لولاية ثانية أمام مجلس النواب.", "2019-06-02", "sisi_inauguration_2018", "2018-06-02"),
        ("Sisi was sworn in for a second term before parliament.", "2019-06-02", "sisi_inauguration_2018", "2018-06-02"),
    ],
)
def test_the_inauguration_of_the_term_named(text, published, ref_id, date):
    found = [e for e in extract(text, published) if e["event_type"] == "appointment"]
    assert [e["date"] for e in found] == [date], found
    if ref_id is not None:
        assert found[0]["reference_id"] == ref_id, found
