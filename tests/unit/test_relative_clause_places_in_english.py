"""The names of a relative clause keep to that clause in English as in Arabic: an event word inside
a clause opened by which, who, whom or whose ("..., which came first in the parliamentary
elections held on May 12"; «والذي حل أولا في الانتخابات التشريعية») takes no place from the main
clause, and a clause set off by a comma after the event word that describes another word (", which
controls the capital Sanaa", ", who caused a crisis between Saudi Arabia and Canada"; «الجماعة، التي
تسيطر على العاصمة صنعاء») gives the event neither its place nor its parties. A clause of what a
place saw ("Tahrir Square, which saw the January 2011 protests") and a clause about the event word
itself after a time ("The attack on Monday, which killed 20 people in Kabul") keep their names, and
so does a clause of what was struck ("by the Houthi group, which targeted several cities, including
Khamis Mushait")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

# (text, published, type, the event word, the location's name wanted, countries left out, countries kept)
_ROWS = [
    # an event word inside a relative clause: the main clause's capital is not where
    (
        "Since 2015, protests against corruption have taken place every Friday in the Iraqi capital, organised "
        "by supporters of the alliance between Moqtada al-Sadr and the communists, which came first in the "
        "parliamentary elections held on May 12.",
        "2018-07-20",
        "election",
        "elections",
        "Iraq",
        (),
        ("IRQ",),
    ),
    (
        "ومنذ 2015، تخرج مظاهرات ضد الفساد كل يوم جمعة في العاصمة العراقية، ينظمها مؤيدون لتحالف سائرون بين "
        "مقتدى الصدر والشيوعيين، والذي حل أولا في الانتخابات التشريعية التي جرت في 12 أيار/مايو الماضي.",
        "2018-07-20",
        "election",
        "الانتخابات",
        "Iraq",
        (),
        ("IRQ",),
    ),
    # a clause after the event word about another word: its names are that word's
    (
        "Hundreds gathered on Friday in Tahrir Square in central Baghdad and headed to the Green Zone, which "
        "houses embassies such as the U.S. and British ones.",
        "2018-07-20",
        "protest",
        "Hundreds",
        "Baghdad",
        ("USA", "GBR"),
        ("IRQ",),
    ),
    (
        "Police arrested Samar Badawi, who caused a diplomatic crisis between Saudi Arabia and Canada, on Monday in Jeddah.",
        "2018-07-20",
        "arrest",
        "arrested",
        "Jeddah",
        ("CAN",),
        ("SAU",),
    ),
    (
        "The coalition began its offensive on June 2 to weaken the Houthis by cutting the supply line of the "
        "group, which controls the capital Sanaa.",
        "2018-06-24",
        "attack",
        "offensive",
        "Yemen",
        (),
        ("YEM",),
    ),
    (
        "بدأ التحالف هجومه يوم 2 يونيو لإضعاف الحوثيين بقطع خط الإمدادات عن الجماعة، التي تسيطر على العاصمة صنعاء.",
        "2018-06-24",
        "attack",
        "هجومه",
        "Yemen",
        (),
        ("YEM",),
    ),
    # negative rows: what a place saw, and a clause about the event word itself, keep their names
    (
        "Warplanes flew over central Cairo near Tahrir Square, which saw the January 2011 protests that "
        "toppled Hosni Mubarak.",
        "2018-06-02",
        "protest",
        "protests",
        "Cairo",
        (),
        ("EGY",),
    ),
    (
        "Saudi air defences intercepted missile attacks from Yemen by the Houthi group, which targeted several "
        "cities, including Khamis Mushait and Jazan, on Sunday.",
        "2018-03-26",
        "attack",
        "intercepted",
        "Khamis Mushait",
        (),
        ("SAU",),
    ),
    # what a place named right before the pronoun saw took place there, whatever the main clause
    # says of that place (fled towards its border), with the main clause's country a party still
    (
        "Hundreds of Uzbeks fled from Uzbekistan toward the border with Kyrgyzstan, which saw mass protests "
        "in March that toppled President Askar Akayev.",
        "2005-05-14",
        "protest",
        "protests",
        "Kyrgyzstan",
        (),
        ("KGZ",),
    ),
    (
        "فر مئات الأشخاص من أوزبكستان اليوم باتجاه الحدود مع قرغيزستان المجاورة، التي شهدت في مارس/آذار "
        "الماضي احتجاجات شعبية أطاحت بالرئيس عسكر أكاييف.",
        "2005-05-14",
        "protest",
        "احتجاجات",
        "Kyrgyzstan",
        (),
        ("KGZ",),
    ),
    (
        "The attack on Monday, which killed 20 people in Kabul, was claimed by the Taliban.",
        "2018-07-20",
        "attack",
        "attack",
        "Kabul",
        (),
        ("AFG",),
    ),
]


@pytest.mark.parametrize(("text", "published", "kind", "trigger", "place", "left_out", "kept"), _ROWS)
def test_names_of_a_relative_clause_keep_to_it(text, published, kind, trigger, place, left_out, kept):
    found = [e for e in of_type(extract(text, published), kind) if e["trigger"] == trigger]
    assert len(found) == 1
    event = found[0]
    assert event["location"]["name"] == place
    assert not set(left_out) & set(event["countries"])
    assert set(kept) <= set(event["countries"])
