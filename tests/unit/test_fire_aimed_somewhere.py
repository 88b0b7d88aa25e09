"""Fire aimed somewhere: an attack told by a verb of launching and a word of direction after it
(أطلق باتجاه، انطلقت صوب، fired toward) took place where it was aimed. The name after that
word is the attack's place and one of its sides, not the place of the side that reports it
(التحالف في اليمن) nor where the fire came from; the place named after a word of origin
(من، from) between the verb and the word of direction is where it came from, a side too. A
bare word for the kingdom there (باتجاه المملكة) is the kingdom the article names most.

People counted by a number are named by the indefinite accusative of their nisba (نحو 60
فلسطينيا، صيادا إيرانيا): that country is a side of what was done to them.

A group after a partitive quantifier (عدد من الدول الخليجية، بعض دول الخليج, a number of Gulf
states) stands for some of its members, which the text does not name: not all of them are
sides."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

APRIL = "2018-04-15"


@pytest.mark.parametrize(
    ("text", "location", "countries"),
    [
        # the reporting side's place is no place of the attack; the kingdom is the article's
        (
            "وتتهم السعودية إيران بتسليح الحوثيين. والجمعة أعلن التحالف في اليمن اعتراض صاروخ بالستي أطلق باتجاه المملكة.",
            "SAU",
            {"SAU", "YEM"},
        ),
        # a place after من, behind the doer, is where the missile came from
        (
            "قال المتحدث باسم التحالف إن قوات الدفاع الجوي السعودي رصدت مساء الجمعة صاروخا باليستيا أطلقته "
            "المليشيا الحوثية من داخل الأراضي اليمنية باتجاه أراضي المملكة.",
            "SAU",
            {"SAU", "YEM"},
        ),
        # the side the fire came from is named only by its place
        (
            "أعلنت إسرائيل الأحد اعتراض صاروخ أطلق من قطاع غزة نحو إسرائيل.",
            "ISR",
            {"ISR", "PSE"},
        ),
        (
            "The Israeli army said on Sunday it had intercepted a rocket fired from the Gaza Strip toward Israel.",
            "ISR",
            {"ISR", "PSE"},
        ),
    ],
)
def test_fire_aimed_somewhere_is_placed_where_it_was_aimed(text, location, countries):
    found = of_type(extract(text, APRIL), "attack")
    assert len(found) == 1, found
    assert found[0]["location"]["country"] == location, found
    assert set(found[0]["countries"]) == countries, found


@pytest.mark.parametrize(
    "text",
    [
        # a backer named between the verb and the word of origin is no side
        "رصدت الدفاعات الجوية السعودية الجمعة صاروخا أطلقته المليشيا الحوثية التابعة لإيران من محافظة صعدة باتجاه جازان.",
    ],
)
def test_a_backer_before_the_origin_is_no_side(text):
    found = of_type(extract(text, APRIL), "attack")
    assert len(found) == 1, found
    assert found[0]["location"]["country"] == "SAU", found
    assert "IRN" not in found[0]["countries"], found


@pytest.mark.parametrize(
    ("text", "location"),
    [
        # another event word between the attack's word and the launching: the launch is the
        # cause told after it, not where the strikes fell
        (
            "وقصفت المدفعية التركية الأحد مواقع في عفرين بعد قذائف أطلقت من المدينة باتجاه كلس.",
            "SYR",
        ),
        # a named kingdom after the word of direction is that kingdom, not the article's
        (
            "وتتهم السعودية إيران بتسليح الحوثيين. وأطلق مسلحون الأحد صاروخا باتجاه المملكة الأردنية الهاشمية.",
            "JOR",
        ),
    ],
)
def test_what_the_rule_leaves(text, location):
    found = of_type(extract(text, APRIL), "attack")
    assert found, found
    assert found[-1]["location"]["country"] == location, found


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # people counted by a number, in the indefinite accusative of their nisba
        ("قتلت القوات الإسرائيلية الاثنين نحو 60 فلسطينيا كانوا يحتجون على الحدود.", "PSE"),
        ("قتل خفر السواحل السعودي السبت صيادا إيرانيا قرب جزيرة فارسي.", "IRN"),
        ("قتلت غارة جوية الخميس 14 يمنيا في سوق شعبي.", "YEM"),
    ],
)
def test_people_counted_in_the_accusative_are_of_their_nisba_country(text, victims):
    found = of_type(extract(text, "2018-05-16"), "attack")
    assert len(found) == 1, found
    assert victims in found[0]["countries"], found


@pytest.mark.parametrize(
    "text",
    [
        # a group after a partitive quantifier stands for some of its members, unnamed
        "وأوقفت بنوك سعودية التعامل مع المصارف القطرية بعد القرار الذي اتخذته عدد من الدول الخليجية "
        "إلى جانب مصر بقطع العلاقات مع قطر يوم الاثنين.",
        "وقال الوزير إن بعض دول الخليج فرضت حصارا على قطر يوم الاثنين.",
        "A number of Gulf states imposed a blockade on Qatar on Monday, the minister said.",
    ],
)
def test_some_members_of_a_group_are_not_all_of_them(text):
    found = of_type(extract(text, "2017-06-06"), "sanctions")
    assert found, found
    assert "QAT" in found[0]["countries"], found
    assert not {"KWT", "OMN"} & set(found[0]["countries"]), found
