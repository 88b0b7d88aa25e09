"""A siege laid by forces is a military action, and repeated or earlier doings are no one dated event (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the forces that lay the siege stand between the verb and its object (a siege lasting
        # since a year is a blockade in force: test_lasting_sieges.py)
        ("فرضت قوات النظام حصارا على الغوطة الشرقية أمس.", "2018-02-19"),
        ("فرضت القوات العراقية حصارا على المدينة أمس.", "2018-02-19"),
        ("وحاصرت قوات الأمن العراقية المبنى أمس.", "2018-02-19"),
        ("وتحاصر القوات الحكومية بلدة في ريف حلب.", "2018-02-20"),
        # the siege told by its agent after it
        (
            "انسحبت القوات الليبية المقاتلة المشرفة على سجن الهضبة بطرابلس بعد حصار دام لعدة ساعات "
            "من قبل قوات حكومة الوفاق.",
            "2018-02-20",
        ),
    ],
)
def test_a_siege_laid_by_forces_is_an_attack(text, date):
    found = extract(text, "2018-02-20")
    assert [(e["event_type"], e["date"]) for e in found] == [("attack", date)], found


@pytest.mark.parametrize(
    "text",
    [
        "وفرضت السعودية والإمارات حصارا على قطر في يونيو 2017.",
        "وتفرض إسرائيل حصارا على قطاع غزة منذ 2007.",
    ],
)
def test_the_blockade_of_a_country_stays_sanctions(text):
    assert {e["event_type"] for e in extract(text, "2018-02-20")} == {"sanctions"}


@pytest.mark.parametrize(
    "text",
    [
        "وتكررت الزيارات المتبادلة بين مسؤولي قطر وتركيا.",
        "وشهدت العلاقات زيارات متبادلة بين مسؤولي قطر وتركيا.",
        "وتعرضت القوات التركية لهجمات متكررة في سوريا.",
        "وكانت الهدنات السابقة قد انتهكت في سوريا.",
        "Officials paid repeated visits to Qatar.",
        "Mutual visits between Qatari and Turkish officials continued.",
        "Previous truces were violated in Syria.",
    ],
)
def test_repeated_or_earlier_doings_are_no_dated_event(text):
    assert extract(text, "2018-03-10") == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("زار أمير قطر أنقرة أمس.", "visit"),
        ("وتبادل الجيشان القصف المدفعي أمس على الحدود بين الهند وباكستان.", "attack"),
        ("The Turkish president visited Qatar on Friday.", "visit"),
    ],
)
def test_a_single_doing_stays(text, event_type):
    assert [e["event_type"] for e in extract(text, "2018-03-10")] == [event_type]
