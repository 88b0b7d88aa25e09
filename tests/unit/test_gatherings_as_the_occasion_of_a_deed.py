"""A gathering told as the occasion of a deed just before it in its clause ("signed a pact ...
during a visit", «اتفقا على تطبيع العلاقات بينهما، في اتصال هاتفي») took place on the deed's day
when it has no time of its own, also when a saying reports the deed and gives it its day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        (
            "أعلن البيت الأبيض، أمس الجمعة، أن السودان وإسرائيل اتفقا على تطبيع العلاقات بينهما، في اتصال هاتفي "
            "جمع الرئيس دونالد ترامب برئيس مجلس السيادة عبد الفتاح البرهان ورئيس الوزراء الإسرائيلي بنيامين نتنياهو.",
            "2020-10-24",
            "meeting",
            ["2020-10-23"],
        ),
        (
            "Sudan and Israel agreed on Friday to normalise relations in a phone call between Trump, Burhan and Netanyahu.",
            "2020-10-24",
            "meeting",
            ["2020-10-23"],
        ),
        (
            "وقعت مصر والسودان اتفاقية للتعاون الدفاعي يوم الاثنين خلال زيارة الرئيس السوداني إلى القاهرة.",
            "2020-10-24",
            "visit",
            ["2020-10-19"],
        ),
        # guard: a gathering with a time of its own keeps it
        (
            "Egypt and Sudan signed a defence pact on Monday, weeks after a visit by the Sudanese president to Cairo in August.",
            "2020-10-24",
            "visit",
            ["2020-08"],
        ),
    ],
)
def test_a_gathering_that_is_the_occasion_of_a_deed_takes_its_day(text, published, event_type, dates):
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == dates
