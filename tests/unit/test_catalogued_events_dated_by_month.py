"""A catalogued event its sentence dates only by a month, one that holds the catalog's
day, is dated to that month, as the text supports ("was retaken in November 2015", "named him
prime minister in February", "استعادت القوات مدينة سنجار في نوفمبر 2015"), while still linked to its entry;
with no date in its sentence it keeps the catalog's day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "The town of Sinjar was retaken by Kurdish fighters, backed by coalition air strikes, in November 2015.",
            "2024-08-03",
            "attack",
            "2015-11",
        ),
        (
            "The House of Representatives named Bashagha, a former interior minister, as prime minister in February.",
            "2022-05-17",
            "appointment",
            "2022-02",
        ),
        (
            "The quarrel goes back to July 2013, when the army overthrew Mohamed Morsi.",
            "2024-02-15",
            "appointment",
            "2013-07",
        ),
        (
            "وتعود القطيعة إلى يوليو 2013، حين أطاح الجيش بالرئيس محمد مرسي.",
            "2024-02-15",
            "appointment",
            "2013-07",
        ),
        (
            "واستعادت قوات البيشمركة الكردية، بدعم من غارات التحالف الدولي، مدينة سنجار في نوفمبر 2015.",
            "2024-08-03",
            "attack",
            "2015-11",
        ),
        (
            "وكان مجلس النواب الليبي قد كلف فتحي باشاغا، وزير الداخلية الأسبق، برئاسة الحكومة في فبراير الماضي.",
            "2022-05-17",
            "appointment",
            "2022-02",
        ),
    ],
)
def test_a_catalogued_event_dated_by_a_month_keeps_the_month(text, published, event_type, date):
    found = of_type(extract(text, published), event_type)
    assert found, text
    assert found[0]["date"] == date
    assert found[0]["date_precision"] == "month"
    assert found[0].get("reference_id")


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # no date at all: the catalog's day
        (
            "Relations soured after the army overthrew Mohamed Morsi.",
            "2024-02-15",
            "appointment",
            "2013-07-03",
        ),
    ],
)
def test_the_catalog_day_stays_without_a_date(text, published, event_type, date):
    found = of_type(extract(text, published), event_type)
    assert found, text
    assert found[0]["date"] == date
