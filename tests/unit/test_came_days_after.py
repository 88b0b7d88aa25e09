"""A sentence that opens on an event told before and says it came so many days after a
circumstance ("وجاءت الغارة بعد يوم من زيارة العبادي إلى أنقرة", "The strike came a day
after a visit ...") dates the circumstance that many days before the told event's day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "استهدفت المقاتلات التركية موكبا، الأربعاء، في قضاء سنجار. وجاءت الغارة بعد يوم من زيارة رئيس الوزراء "
        "العراقي، حيدر العبادي، إلى أنقرة، حيث التقى الرئيس التركي، رجب طيب أردوغان.",
        "The Turkish jets struck a convoy in Sinjar on Wednesday. The strike came a day after a visit by Iraqi "
        "Prime Minister Haider al-Abadi to Ankara, where he met President Erdogan.",
        "The Turkish jets struck a convoy in Sinjar on Wednesday. The move came a day after a visit by Iraqi "
        "Prime Minister Haider al-Abadi to Ankara.",
    ],
)
def test_the_circumstance_is_dated_before_the_told_event(text):
    found = of_type(extract(text, "2018-08-17"), "visit")
    assert found and (found[0]["date"], found[0]["date_basis"]) == ("2018-08-14", "relative"), found


def test_after_the_day_s_news_the_circumstance_is_the_day_before_the_publication():
    # the strike is the day's news (the publication's day): the visit came the day before it
    text = "The Turkish jets struck a convoy in Sinjar. The strike came a day after a visit by Iraqi Prime Minister Haider al-Abadi to Ankara."
    found = of_type(extract(text, "2018-08-17"), "visit")
    assert found and (found[0]["date"], found[0]["date_basis"]) == ("2018-08-16", "relative"), found


@pytest.mark.parametrize(
    "text",
    [
        # "غداة" (the day after), then the event told before retold without a day of its own
        "ألقت أجهزة أمنية ليبية القبض على والد منفذ الهجوم، أمس الأربعاء، في العاصمة طرابلس. وأعلن المتحدث باسم "
        'قوة الردع أنه غداة اعتقال هشام شقيق منفذ الهجوم "تم القبض على والده رمضان عبيدي أيضا".',
        "ألقت الشرطة التركية القبض على الصحفي أحمد ألتان، أمس الأربعاء، في إسطنبول. وقال مصدر أمني إنه بعد يوم "
        "من اعتقال شقيقه محمد ألتان تم القبض عليه في منزله.",
        "Libyan security forces arrested the father of the bomber in Tripoli on Wednesday. A spokesman said that a "
        "day after the arrest of his son Hashem, the father was arrested too.",
    ],
)
def test_a_circumstance_before_a_retold_event_of_its_type_is_its_own_event_a_day_before(text):
    found = sorted(of_type(extract(text, "2017-05-25"), "arrest"), key=lambda e: e["date"])
    assert [(e["date"], e["date_basis"]) for e in found] == [("2017-05-23", "relative"), ("2017-05-24", "relative")], found
