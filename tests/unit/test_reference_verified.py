"""Catalogued events whose day the press tells two ways: the day of the deed and the
day it was announced or confirmed (a killing made public days or weeks later, a vote
held after midnight, a resignation announced before parliament accepted it, a strike
at night begun on the previous day in Washington). The catalog keeps the day of the
deed in the local time of the place it happened; a retelling without a date takes
that day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "event_type", "ref_id", "date"),
    [
        # killed on one day, the death made public on a later one
        ("وأعلن الجيش الأردني أن التنظيم نفذ إعدام الطيار معاذ الكساسبة قبل أسابيع.", "2015-02-10", "attack",
         "kasasbeh_killed_2015", "2015-01-03"),
        ("Jordan vowed revenge for the killing of Muath al-Kasasbeh.", "2015-02-10", "attack",
         "kasasbeh_killed_2015", "2015-01-03"),
        ("وتوعد الحوثيون بالرد على مقتل صالح الصماد.", "2018-06-01", "attack", "sammad_killed_2018", "2018-04-19"),
        ("The Houthis vowed to avenge the killing of Saleh al-Sammad.", "2018-06-01", "attack",
         "sammad_killed_2018", "2018-04-19"),
        ("ونعى الحزب قادته بعد اغتيال هاشم صفي الدين.", "2024-11-10", "attack", "safieddine_killed_2024", "2024-10-03"),
        ("Hezbollah mourned its leaders after the killing of Hashem Safieddine.", "2024-11-10", "attack",
         "safieddine_killed_2024", "2024-10-03"),
        ("وعين الحوثيون رئيسا جديدا للحكومة بعد اغتيال أحمد الرهوي.", "2025-09-15", "attack",
         "rahawi_killed_2025", "2025-08-28"),
        ("The Houthis named a new premier after the killing of Ahmed al-Rahawi.", "2025-09-15", "attack",
         "rahawi_killed_2025", "2025-08-28"),
        # a strike late at night, reported the next morning
        ("وأطلق الحزب صواريخ على الجولان بعد اغتيال سمير القنطار.", "2016-01-10", "attack",
         "kuntar_killed_2015", "2015-12-19"),
        ("Rockets were fired at Israel after the killing of Samir Kuntar.", "2016-01-10", "attack",
         "kuntar_killed_2015", "2015-12-19"),
        ("وشددت المملكة الحراسة بعد محاولة اغتيال الأمير محمد بن نايف.", "2010-01-10", "attack",
         "mbn_assassination_attempt_2009", "2009-08-27"),
        # a vote held after midnight takes the day it ended on
        ("وتعهد الكاظمي بإجراء انتخابات مبكرة بعد منح الثقة لحكومة الكاظمي.", "2020-08-01", "appointment",
         "kadhimi_government_2020", "2020-05-07"),
        # announced before it was accepted
        ("وبقي العراق بلا حكومة منذ استقالة عادل عبد المهدي.", "2020-03-01", "appointment",
         "abdul_mahdi_resignation_2019", "2019-11-29"),
        # an operation launched before it was named in public
        ("وتوقفت عملية درع الربيع بعد اتفاق موسكو.", "2020-06-01", "attack", "spring_shield_2020", "2020-02-27"),
        # a visit made public on the day it ended
        ("وأثارت زيارة نتنياهو إلى مسقط انتقادات فلسطينية.", "2019-01-10", "visit",
         "netanyahu_visit_oman_2018", "2018-10-26"),
        # a capture claimed on the day it was made
        ("وتراجعت هجمات جند الله منذ اعتقال عبد المالك ريغي.", "2011-01-10", "arrest", "rigi_captured_2010", "2010-02-23"),
    ],
)
def test_a_retold_event_takes_the_day_of_the_deed(text, published, event_type, ref_id, date):
    found = [e for e in extract(text, published) if e["event_type"] == event_type]
    assert found, extract(text, published)
    e = found[0]
    assert (e["date"], e["date_precision"], e["date_basis"], e["reference_id"]) == (date, "day", "reference", ref_id), found
