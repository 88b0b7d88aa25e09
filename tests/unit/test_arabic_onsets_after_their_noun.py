"""A war or a protest noun followed by its onset verb and a time of its own («إثر احتجاجات شعبية
اندلعت في ديسمبر 2018», «منذ الحرب التي اندلعت في أبريل 2023») is kept beside the sentence's other
deed; a catalogued ouster named by its noun (الإطاحة بالرئيس عمر البشير) keeps its catalog day,
and a toppling only plotted (بالتآمر للإطاحة بالرئيس) is no event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "date", "onset"),
    [
        (
            "وتشكلت السلطة الانتقالية في السودان بموجب الوثيقة الدستورية الموقعة في أغسطس 2019 إثر احتجاجات شعبية "
            "اندلعت في ديسمبر 2018.",
            "2020-10-04",
            "agreement",
            "2019-08",
            "2018-12",
        ),
        (
            "وقصف الجيش السوداني مواقع الدعم السريع في الخرطوم أمس، منذ الحرب التي اندلعت في أبريل 2023.",
            "2024-10-04",
            "attack",
            "2024-10-03",
            "2023-04",
        ),
    ],
)
def test_the_onset_stays_beside_the_deed(text: str, published: str, kind: str, date: str, onset: str) -> None:
    events = extract(text, published)
    dates = sorted(e["date"] for e in events)
    assert date in [e["date"] for e in of_type(events, kind)], events
    assert onset in dates, events


@pytest.mark.parametrize(
    "text",
    [
        "واتهمت أنقرة جماعة غولن بالتخطيط للإطاحة بالرئيس رجب طيب أردوغان.",
        "ووجهت النيابة المصرية اتهامات لقيادات الإخوان بالتآمر للإطاحة بالرئيس عبد الفتاح السيسي.",
    ],
)
def test_a_plotted_toppling_is_none(text: str) -> None:
    assert not of_type(extract(text, "2016-07-20"), "appointment")


def test_the_catalogued_ouster_keeps_its_day() -> None:
    text = "وأدت الاحتجاجات التي اندلعت في ديسمبر 2018 في السودان إلى الإطاحة بالرئيس عمر البشير."
    found = of_type(extract(text, "2020-04-11"), "appointment")
    assert [e["date"] for e in found] == ["2019-04-11"], found
