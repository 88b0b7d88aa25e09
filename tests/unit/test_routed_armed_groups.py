"""An armed group routed or driven out (دحر تنظيم داعش، طرد داعش من الموصل; the defeat of
ISIS, defeated the Islamic State) is a military action against it, in Arabic as in English;
the rout of a thing that is no armed group (terrorism, poverty, a bill, a candidate), an
ambassador or migrants expelled are not. Told with no time of its own, the rout is a
background the sentence does not date, and gives no event of the publication day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MAY = "2018-05-11"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("بدأت إعادة الإعمار في العراق بعد دحر تنظيم داعش من البلاد في ديسمبر الماضي.", "2017-12"),
        ("دحرت القوات العراقية مسلحي داعش من الموصل يوم الاثنين.", "2018-05-07"),
        ("وطرد الجيش العراقي داعش من الموصل في يوليو الماضي.", "2017-07"),
        ("Thousands of displaced families returned to Mosul after the defeat of ISIS in the city last July.", "2017-07"),
        ("Iraqi forces defeated the Islamic State in Mosul on Monday.", "2018-05-07"),
    ],
)
def test_a_routed_armed_group_is_an_attack(text: str, date: str) -> None:
    attacks = of_type(extract(text, MAY), "attack")
    assert [e["date"] for e in attacks] == [date], text


@pytest.mark.parametrize(
    "text",
    [
        # no armed group routed
        "نجحت الحكومة في دحر الإرهاب والفقر في ديسمبر الماضي.",
        "The defeat of the bill in parliament last December angered the government.",
        "He defeated the incumbent in the election last December.",
        # expelled, but no armed group
        "طرد العراق السفير التركي من بغداد يوم الاثنين.",
        "طرد السفير الذي انتقد المسلحين من البلاد يوم الاثنين.",
        "طردت الشرطة المهاجرين المسلحين من المخيم يوم الاثنين.",
        # a rout told with no time: no event of the publication day
        "يرى التحالف أنه سيحصل على أصوات عالية بسبب مساهمات قوى الحشد الشعبي في دحر تنظيم الدولة.",
        "The alliance expects many votes for its part in the defeat of ISIS.",
        # a rout still to come
        "تعهد الرئيس بأن يدحر الجيش تنظيم داعش قريبا.",
    ],
)
def test_no_armed_group_routed_names_no_attack(text: str) -> None:
    assert not of_type(extract(text, MAY), "attack"), text
