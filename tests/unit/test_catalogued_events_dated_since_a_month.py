"""A catalogued event its sentence dates by a month after a word of since, the month it has gone
on from, one that holds the catalog's day, is dated to that month as the text supports
("العملية الشاملة سيناء 2018، التي ينفذها منذ فبراير الماضي", "Since March 2015, ... killed in the
Saudi-led intervention in Yemen"), while still linked to its entry; a month after since that does
not hold the catalogued day, a day of that month, or a week, leaves the catalog's day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date", "entry"),
    [
        (
            "وقال الجيش المصري إن العملية الشاملة سيناء 2018، التي ينفذها منذ فبراير الماضي، أسفرت عن مقتل عشرات المسلحين.",
            "2018-10-08",
            "attack",
            "2018-02",
            "operation_sinai_2018",
        ),
        (
            "ومنذ مارس/آذار 2015، قتل آلاف الأشخاص في الحرب التي تشنها السعودية في اليمن.",
            "2018-05-10",
            "attack",
            "2015-03",
            "decisive_storm_2015",
        ),
        (
            "Since March 2015, more than 10,000 people have been killed in the Saudi-led intervention in Yemen.",
            "2018-05-10",
            "attack",
            "2015-03",
            "decisive_storm_2015",
        ),
        (
            "The army said dozens of militants were killed in the Comprehensive Operation Sinai 2018, under way since February.",
            "2018-10-08",
            "attack",
            "2018-02",
            "operation_sinai_2018",
        ),
    ],
)
def test_a_catalogued_event_dated_since_its_month_keeps_the_month(text, published, event_type, date, entry):
    found = of_type(extract(text, published), event_type)
    assert found, text
    assert found[0]["date"] == date
    assert found[0]["date_precision"] == "month"
    assert found[0].get("reference_id") == entry


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # a month after since that does not hold the catalogued day
        (
            "وقال الجيش المصري إن العملية الشاملة سيناء 2018، التي ينفذها منذ مايو الماضي، أسفرت عن مقتل عشرات المسلحين.",
            "2018-10-08",
            "attack",
            "2018-02-09",
        ),
        (
            "Since May 2015, more than 10,000 people have been killed in the Saudi-led intervention in Yemen.",
            "2018-05-10",
            "attack",
            "2015-03-26",
        ),
        # a week after since is no month the text names
        (
            "وقال الجيش المصري إن العملية الشاملة سيناء 2018، التي ينفذها منذ الأسبوع الماضي، أسفرت عن مقتل عشرات المسلحين.",
            "2018-10-08",
            "attack",
            "2018-02-09",
        ),
        # a day after since is the day
        (
            "Since 26 March 2015, more than 10,000 people have been killed in the Saudi-led intervention in Yemen.",
            "2018-05-10",
            "attack",
            "2015-03-26",
        ),
        # no date at all: the catalog's day
        (
            "وقال الجيش المصري إن العملية الشاملة سيناء 2018 أسفرت عن مقتل عشرات المسلحين.",
            "2018-10-08",
            "attack",
            "2018-02-09",
        ),
    ],
)
def test_the_catalog_day_stays_without_its_month_after_since(text, published, event_type, date):
    found = of_type(extract(text, published), event_type)
    assert found, text
    assert found[0]["date"] == date
