"""A protest movement told as breaking out ("The protest movement, known as the Hirak, first
erupted on Feb. 22") is the protests' onset; its definite word is no retelling of the protest
told before it when the catalog names it and its sentence dates it as the catalog does, to another
time. With no time of its own ("The protests were called by groups angry at the verdict on
Mubarak") it stays the retelling, whatever the catalog reads in its sentence."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "Tens of thousands of Algerians marched through the capital on Friday to reject Tebboune. The protest "
            "movement, known as the Hirak, first erupted on Feb. 22 against plans by Abdelaziz Bouteflika to seek a "
            "fifth term.",
            "2019-12-13",
            ["2019-12-13", "2019-02-22"],
        ),
        ("The protest movement in Sudan began in December 2018 over the price of bread.", "2019-04-12", ["2018-12"]),
        ("واندلع الحراك الشعبي في الجزائر في 22 فبراير 2019 ضد العهدة الخامسة.", "2019-12-13", ["2019-02-22"]),
        ("واندلع الحراك في الجزائر في 22 فبراير 2019 ضد العهدة الخامسة.", "2019-12-13", ["2019-02-22"]),
    ],
)
def test_a_protest_movement_breaking_out(text: str, published: str, dates: list[str]) -> None:
    events = of_type(extract(text, published), "protest")
    assert [e["date"] for e in events] == dates, events


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The protest movement in Algeria called for a boycott of the vote.", "2019-12-10"),
        ("Leaders of the protest movement met the army chief in Khartoum.", "2019-04-20"),
        # a bare حراك is also diplomatic or political activity
        ("بدأ حراك دبلوماسي مكثف أمس لاحتواء الأزمة بين السودان وإثيوبيا.", "2019-06-04"),
    ],
)
def test_the_movement_named_alone_is_no_onset(text: str, published: str) -> None:
    assert not of_type(extract(text, published), "protest")


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "Thousands of Egyptians protested in Tahrir Square on Saturday after a court spared Hosni Mubarak the "
            "death penalty. The protests were called by groups angry at the verdict on Mubarak.",
            "2012-06-03",
            ["2012-06-02"],
        ),
        (
            "Thousands of Iranians protested in Tehran on Thursday. The protests were led by supporters of Mousavi.",
            "2010-02-12",
            ["2010-02-11"],
        ),
    ],
)
def test_a_retelling_with_no_time_of_its_own_stays_one(text: str, published: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "protest")] == dates


def test_a_retold_visit_dated_by_another_catalogued_deed_stays_a_retelling() -> None:
    text = (
        "وصل الرئيس الروسي فلاديمير بوتين إلى القاهرة أمس في زيارة رسمية. وتأتي الزيارة تتويجا لتقارب متسارع "
        "بين البلدين منذ عزل الرئيس محمد مرسي في يوليو/تموز 2013."
    )
    assert [e["date"] for e in of_type(extract(text, "2015-02-10"), "visit")] == ["2015-02-09"]
