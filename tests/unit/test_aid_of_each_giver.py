"""Aid told of two or more giving states listed together is the aid of each, to the same
receivers on the same day: "Qatar and Kenya have also sent medical aid", "أرسلت قطر وكينيا
مساعدات طبية", "aid from the United Arab Emirates, Iraq and Iran arrived", "وصلت مساعدات
إنسانية من الإمارات والعراق وإيران". States told as giving together give one package, and
states after a word of destination receive (events/assemble/each_giver.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("published", "text", "givers", "receiver", "day"),
    [
        ("2017-10-18", "MOGADISHU - Crowds marched on Wednesday. Qatar and Kenya have also sent medical aid to Somalia.", ["KEN", "QAT"], "SOM", "2017-10-18"),
        ("2017-10-18", "مقديشو - تظاهر آلاف الصوماليين الأربعاء. كما أرسلت قطر وكينيا مساعدات طبية إلى الصومال.", ["KEN", "QAT"], "SOM", "2017-10-18"),
        (
            "2023-02-10",
            "DAMASCUS - Humanitarian aid from the United Arab Emirates, Iraq and Iran arrived in Syria on Friday.",
            ["ARE", "IRN", "IRQ"],
            "SYR",
            "2023-02-10",
        ),
        ("2023-02-10", "دمشق - وصلت مساعدات إنسانية من الإمارات والعراق وإيران إلى سوريا يوم الجمعة.", ["ARE", "IRN", "IRQ"], "SYR", "2023-02-10"),
    ],
)
def test_each_giver_gives_its_own_aid(published: str, text: str, givers: list[str], receiver: str, day: str) -> None:
    found = of_type(extract(text, published), "aid")
    assert sorted(g for e in found for g in e["countries"] if g != receiver) == givers, found
    assert all(receiver in e["countries"] and e["date"] == day for e in found), found
    assert all(len(e["countries"]) == 2 for e in found), found


@pytest.mark.parametrize(
    ("published", "text", "countries"),
    [
        # given together: one package
        ("2019-06-01", "الخرطوم - أودعت السعودية والإمارات معا 500 مليون دولار في البنك المركزي السوداني.", {"SAU", "ARE", "SDN"}),
        # the states listed receive
        ("2017-10-18", "ANKARA - Turkey sent medical aid to Somalia and Kenya on Wednesday.", {"TUR", "SOM", "KEN"}),
        ("2017-10-18", "أنقرة - أرسلت تركيا مساعدات طبية إلى الصومال وكينيا الأربعاء.", {"TUR", "SOM", "KEN"}),
        # one giver
        ("2017-10-18", "ANKARA - Turkey sent medical aid to Somalia on Wednesday.", {"TUR", "SOM"}),
        # giver and receiver side by side: no list
        ("2021-03-10", "وزودت قطر لبنان بالوقود الأسبوع الماضي.", {"QAT", "LBN"}),
        ("2021-03-10", "Qatar supplied Lebanon with fuel last week.", {"QAT", "LBN"}),
    ],
)
def test_one_aid_event_when_no_list_gives(published: str, text: str, countries: set[str]) -> None:
    found = of_type(extract(text, published), "aid")
    assert len(found) == 1 and set(found[0]["countries"]) == countries, found

