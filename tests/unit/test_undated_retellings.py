"""Arabic: one event told twice, once with a day of its own and once without. An event
whose sentence gives no date (dated by the publication) is the one event of its type the article
tells with a day of its own, in the text or by the catalog, in the week before the publication,
when their countries can be one event's, they are not placed in two countries and no other
undated telling of the type could be it ("اعتقلت السلطات الداعية يوم الثلاثاء ... سبب اعتقاله":
one arrest, on Tuesday). Attacks and protests, which go on from day to day, are that event only
when their word is definite (الاعتداءات, the attack); an indefinite one (غارة جوية, an air
strike) may be another."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

AUGUST = "2018-08-12"
TEHRAN = "2017-06-09"


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # an arrest told again as the reason activists give for it, with another country named
        (
            "اعتقلت السلطات السعودية الداعية ناصر العمر في مكة يوم الثلاثاء. ونشر ناشطون صورا للداعية "
            "السعودي مع أمير قطر تميم بن حمد، قائلين إنها سبب اعتقاله.",
            AUGUST,
            "arrest",
            "2018-08-07",
        ),
        (
            "Saudi authorities arrested the preacher Awad al-Qarni in Jeddah on Tuesday. Activists posted "
            "photos of the Saudi preacher with Qatar's emir Tamim bin Hamad, saying they were the reason for the arrest.",
            AUGUST,
            "arrest",
            "2018-08-07",
        ),
        # an attack told again by a definite noun, in a sentence on a reaction to it
        (
            "قتل 13 شخصا في هجومين على البرلمان الإيراني في طهران يوم الأربعاء. "
            "وحذر الرئيس الأمريكي دونالد ترامب إيران بعد الاعتداءات.",
            TEHRAN,
            "attack",
            "2017-06-07",
        ),
    ],
)
def test_an_undated_retelling_is_the_dated_event(text, published, event_type, date):
    found = of_type(extract(text, published), event_type)
    assert [(e["date"], e["date_basis"]) for e in found] == [(date, "relative")], found
    assert len(found[0]["sources"]) == 2, found  # both sentences are its sources


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        # an indefinite attack with no date may be another strike of another day
        (
            "Israeli jets struck a military site near Homs on Sunday. An Israeli strike on Syria killed soldiers, Russia said.",
            "2018-04-10",
            "attack",
            ["2018-04-08", "2018-04-10"],
        ),
        # attacks in another country are other attacks
        (
            "قتل 13 شخصا في هجومين على البرلمان الإيراني في طهران يوم الأربعاء. وقتل خمسة أشخاص في هجمات على سوريا.",
            TEHRAN,
            "attack",
            ["2017-06-07", "2017-06-09"],
        ),
        # the dated arrest is more than a week old: the undated one is not told as that one
        (
            "اعتقلت السلطات السعودية الداعية ناصر العمر في مكة في مارس 2017. ونشر ناشطون صورا للداعية "
            "السعودي مع أمير قطر تميم بن حمد، قائلين إنها سبب اعتقاله.",
            AUGUST,
            "arrest",
            ["2017-03", AUGUST],
        ),
        # a visit to another country is another visit
        (
            "زار وزير الخارجية الأمريكي قطر يوم الأحد. ووصل الوزير في زيارة إلى مصر.",
            "2018-06-22",
            "visit",
            ["2018-06-17", "2018-06-22"],
        ),
    ],
)
def test_an_undated_telling_that_may_be_another_event_stays(text, published, event_type, dates):
    found = of_type(extract(text, published), event_type)
    assert sorted(e["date"] for e in found) == dates, found


def test_two_dated_events_leave_the_undated_one_its_own():
    """Two arrests of two days: which one the undated telling is cannot be told."""
    text = (
        "اعتقلت السلطات السعودية الداعية سلمان العودة في الرياض يوم الأحد. "
        "واعتقلت السلطات السعودية الداعية عوض القرني في جدة يوم الثلاثاء. "
        "ونشر ناشطون صورا للداعية السعودي مع أمير قطر تميم بن حمد، قائلين إنها سبب اعتقاله."
    )
    found = of_type(extract(text, AUGUST), "arrest")
    assert sorted(e["date"] for e in found) == ["2018-08-07", AUGUST], found
