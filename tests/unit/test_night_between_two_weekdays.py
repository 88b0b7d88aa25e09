"""Constructions of news prose. A night told with a pair of consecutive weekdays (منتصف
ليل الخميس- الجمعة، ليل السبت الأحد، ليلة الخميس على الجمعة، overnight Thursday into Friday,
Thursday night to Friday) is the midnight between them: the deed is dated to the second day, the
night belonging to the morning after midnight. A night told with one weekday keeps that day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2020-11-10"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("وقصفت الطائرات الروسية بلدة معرة النعمان ليل السبت الأحد.", "attack", "2020-11-08"),
        ("وقصفت الطائرات الروسية بلدة معرة النعمان منتصف ليل الخميس- الجمعة.", "attack", "2020-11-06"),
        ("وهاجم مسلحون حاجزا للشرطة في كركوك ليلة الخميس على الجمعة.", "attack", "2020-11-06"),
        ("Russian jets struck the town of Saraqeb overnight Thursday into Friday.", "attack", "2020-11-06"),
        ("Gunmen attacked a police checkpoint in Kirkuk on Thursday night to Friday.", "attack", "2020-11-06"),
        ("Israeli aircraft bombed Gaza in the early hours of Sunday.", "attack", "2020-11-08"),
        # one weekday: the night keeps its own day
        ("Protesters clashed with police in Beirut on Saturday night.", "protest", "2020-11-07"),
        ("وقصفت الطائرات الروسية بلدة معرة النعمان ليل السبت.", "attack", "2020-11-07"),
        # two weekdays that are not consecutive are no midnight
        ("Russian jets struck the town of Saraqeb overnight Thursday to Saturday.", "attack", "2020-11-05"),
    ],
)
def test_night_between_two_days_is_the_second(text: str, event_type: str, date: str) -> None:
    events = of_type(extract(text, PUB), event_type)
    assert events, text
    assert events[0]["date"] == date, (text, [e["date"] for e in events])


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # an arrival, then ", و" and a clause told by a verb of occurring and its noun: two deeds
        ("وصل الرئيس الفرنسي إلى بيروت الأربعاء، واندلعت اشتباكات في طرابلس بين الجيش ومسلحين.", ["attack", "visit"]),
        ("The French president arrived in Beirut on Wednesday, and clashes broke out in Tripoli.", ["attack", "visit"]),
        ("The Iraqi prime minister arrived in Tehran on Monday, and a car bomb exploded in Baghdad.", ["attack", "visit"]),
        # one deed: the visitor's own talks are part of the visit
        ("وصل الرئيس الفرنسي إلى بيروت الأربعاء، وأجرى محادثات مع الرئيس اللبناني.", ["visit"]),
        ("The French president arrived in Beirut on Wednesday and held talks with the Lebanese president.", ["visit"]),
    ],
)
def test_arrival_and_another_deed_keep_both(text: str, types: list[str]) -> None:
    assert sorted(e["event_type"] for e in extract(text, PUB)) == types, text


PUB_THU = "2020-11-12"  # a Thursday


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a pledge made at a gathering its sentence names with its day: that day
        ("تعهد المانحون في مؤتمر بروكسل الذي عقد الثلاثاء بتقديم 4 مليارات دولار لدعم السوريين.", "2020-11-10"),
        ("وفي مؤتمر المانحين الذي عقد في بروكسل يوم الثلاثاء، تعهدت الدول المانحة بتقديم 4 مليارات دولار لسوريا.", "2020-11-10"),
        ("Donors at Tuesday's conference in Brussels pledged $4 billion for Syrian refugees.", "2020-11-10"),
        ("At a donor conference in Brussels on Tuesday, countries pledged $4 billion in aid for Syria.", "2020-11-10"),
        # a gathering told with no day: the pledge is the publication's news
        ("تعهد المانحون في مؤتمر بروكسل بتقديم 4 مليارات دولار لدعم السوريين.", "2020-11-12"),
    ],
)
def test_pledge_takes_the_day_of_its_gathering(text: str, date: str) -> None:
    found = of_type(extract(text, PUB_THU), "aid")
    assert [e["date"] for e in found] == [date], text


@pytest.mark.parametrize(
    "text",
    [
        # a promise of another deed is still no deed
        "تعهد الرئيس بإجراء انتخابات مبكرة الشهر المقبل.",
        "تعهد الرئيس بفرض عقوبات على المسؤولين عن الهجوم.",
    ],
)
def test_promise_of_other_deeds_stays_none(text: str) -> None:
    assert [e["event_type"] for e in extract(text, PUB_THU) if e["event_type"] in ("election", "sanctions")] == [], text


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        # where a person lives, told in another clause, takes no part in the deed retold
        ("طارق الزمر: مصري يقيم في قطر، لعب دورا في اغتيال الرئيس المصري السابق أنور السادات.", ["EGY"]),
        ("A dissident living in London, he helped plan the assassination of Egyptian President Anwar Sadat in 1981.", ["EGY"]),
        # told in the deed's own clause, the residence stays its place
        ("Palestinians living in Gaza were killed in an Israeli air strike on Tuesday.", ["ISR", "PSE"]),
    ],
)
def test_residence_in_another_clause_is_no_party(text: str, countries: list[str]) -> None:
    found = of_type(extract(text, "2017-06-06"), "attack")
    assert found, text
    assert sorted(found[0]["countries"]) == countries, (text, found[0]["countries"])


LEAD_EN = "The Iraqi president said his country seeks better ties with its neighbours. "


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a deed reported by the media past the lead is still a deed
        (LEAD_EN + "According to local media, gunmen stormed a police station in Kirkuk.", True),
        (LEAD_EN + "According to state media, an air strike hit a market in Idlib.", True),
        # an attack in words stays none
        (LEAD_EN + "The minister faced a media attack over the decision.", False),
    ],
)
def test_media_source_before_a_comma_is_no_attack_in_words(text: str, kept: bool) -> None:
    assert bool(of_type(extract(text, PUB), "attack")) is kept, text


@pytest.mark.parametrize(
    ("text", "far"),
    [
        # a man's name that is also a far town, as the subject of a verb of a person: no place
        (
            "Jordan's King Abdullah on Sunday appointed Jafar Hassan as prime minister. Hassan replaces "
            "Bisher al-Khasawneh, who handed in his government's resignation to the monarch earlier on Sunday.",
            "IND",
        ),
    ],
)
def test_person_name_is_no_far_place(text: str, far: str) -> None:
    found = extract(text, "2024-09-16")
    assert found, text
    assert all(far not in e["countries"] for e in found), [(e["trigger"], e["countries"]) for e in found]
