"""Well-known events beyond the region, 2013-2023, named without a date, are dated from the
reference catalog in English and Arabic (the downing of MH17, Yanukovych's ouster, the Cuban
thaw, the Peshawar school massacre, the coups of the Sahel and Myanmar, the Karabakh wars);
one named in an article published before it happened names none of them."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.resources import load_resources


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date", "country"),
    [
        ("Relations with the West have been strained since the downing of MH17.", "2015-03-01", "attack", "2014-07-17", "UKR"),
        ("وتدهورت العلاقات منذ إسقاط الطائرة الماليزية فوق شرق أوكرانيا.", "2015-03-01", "attack", "2014-07-17", "UKR"),
        ("The ouster of Viktor Yanukovych plunged Ukraine into crisis.", "2015-03-01", "appointment", "2014-02-22", "UKR"),
        ("وتدهورت العلاقات منذ الإطاحة بالرئيس الأوكراني فيكتور يانوكوفيتش.", "2015-03-01", "appointment", "2014-02-22", "UKR"),
        ("Washington and Havana have expanded ties since the Cuban thaw.", "2016-03-01", "relations", "2014-12-17", "CUB"),
        ("وتوسعت العلاقات منذ التقارب الأمريكي الكوبي.", "2016-03-01", "relations", "2014-12-17", "CUB"),
        ("The Peshawar school massacre shocked Pakistan.", "2015-03-01", "attack", "2014-12-16", "PAK"),
        ("وهزت مجزرة مدرسة بيشاور باكستان.", "2015-03-01", "attack", "2014-12-16", "PAK"),
        ("Mali has been run by the military since the August 2020 coup.", "2022-03-01", "appointment", "2020-08-18", "MLI"),
        ("Zimbabwe's economy has struggled since Mugabe's ouster.", "2019-03-01", "appointment", "2017-11", "ZWE"),
        ("وتعاني زيمبابوي أزمة اقتصادية منذ الإطاحة بروبرت موغابي.", "2019-03-01", "appointment", "2017-11", "ZWE"),
        ("Armenia lost territory in the 44-day war.", "2022-03-01", "attack", "2020-09-27", "AZE"),
        ("وخسرت أرمينيا أراضي في حرب قره باغ الثانية.", "2022-03-01", "attack", "2020-09-27", "AZE"),
        ("China staged drills after Pelosi's visit to Taiwan.", "2023-03-01", "visit", "2022-08-02", "TWN"),
        ("وأجرت الصين مناورات بعد زيارة بيلوسي إلى تايوان.", "2023-03-01", "visit", "2022-08-02", "TWN"),
    ],
)
def test_a_world_event_named_without_a_date_is_dated_from_the_catalog(text, published, event_type, date, country):
    found = [e for e in extract(text, published) if e["event_type"] == event_type]
    assert [(e["date"], e["date_basis"]) for e in found] == [(date, "reference")], found
    assert country in found[0]["countries"]


def test_an_event_named_before_it_happened_is_not_the_catalogued_one():
    # an article of 2015 knows no coup of August 2020
    found = extract("Mali has been run by the military since the August 2020 coup.", "2015-03-01")
    assert all(e["date"] != "2020-08-18" for e in found), found


@pytest.mark.parametrize(
    "entry_id",
    ["mh17_downing_2014", "yanukovych_ousted_2014", "cuba_us_thaw_2014", "myanmar_coup_2021", "guinea_coup_2021", "pelosi_taiwan_visit_2022"],
)
def test_a_world_entry_has_both_names_and_a_source(entry_id):
    entry = next(e for e in load_resources().catalog.entries() if e.id == entry_id)
    assert entry.name_ar and entry.name_en and entry.aliases_ar and entry.aliases_en
    assert entry.source.startswith("Wikipedia: ")
