"""Arabic round 12: one catalogued episode told by the group and by its members, a measure
of a sanction beside the cut of ties, a verbal noun with its doer before its object
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "count"),
    [
        # a member state's decision and the group's announcement are one catalogued event
        (
            "أغلقت السلطات السعودية مكتب القناة في الرياض إثر القرار الذي اتخذته المملكة بقطع علاقاتها "
            "الدبلوماسية مع قطر. وكانت كل من السعودية والإمارات والبحرين ومصر قد أعلنت أمس الاثنين قطع "
            "علاقاتها الدبلوماسية مع قطر.",
            "2017-06-06",
            1,
        ),
        # the episode named as a whole, then told with its parties
        (
            "قالت اللجنة القطرية إنها تلقت مئات الشكاوى بسبب الحصار الخليجي على البلاد. وأوضح رئيس اللجنة "
            "أن المتضررين من الحصار الذي فرضته السعودية والإمارات والبحرين على قطر لجؤوا إليها.",
            "2017-06-11",
            1,
        ),
        # each member's own announcement of the same day
        (
            "أعلنت البحرين قطع العلاقات مع قطر بسبب التدخل في شؤونها. من جانبها أعلنت الإمارات قطع "
            "العلاقات مع قطر. وأخيرا أعلنت مصر قطع العلاقات مع قطر.",
            "2017-06-05",
            1,
        ),
        # a state that joined the episode is an event of its own
        (
            "أعلنت الحكومة الليبية المؤقتة اليوم الاثنين قطع علاقاتها مع قطر، عقب قرار السعودية والإمارات "
            "والبحرين ومصر قطع العلاقات مع الدوحة. وقال وزير الخارجية الليبي إن بلاده قررت قطع علاقاتها "
            "مع قطر تضامنا مع السعودية والإمارات.",
            "2017-06-05",
            2,
        ),
    ],
)
def test_tellings_of_one_catalogued_episode_are_one_event(text, published, count):
    found = of_type(extract(text, published), "sanctions")
    assert len(found) == count, found


@pytest.mark.parametrize(
    ("text", "published", "triggers"),
    [
        # a flight ban by an authority, told apart from the cut of ties it follows
        (
            "منعت هيئة الطيران المدني السعودية كل الطائرات القطرية من الهبوط في مطاراتها. ويأتي القرار بعدما قطعت السعودية علاقاتها الدبلوماسية مع قطر.",
            "2017-06-05",
            ["قطعت", "منعت"],
        ),
        # an airline's suspension of its flights beside the cut of ties
        (
            "قررت الخطوط الجوية السعودية تعليق جميع رحلاتها إلى الدوحة. ويأتي هذا القرار بعد إعلان السعودية "
            "والإمارات والبحرين اليوم قطع علاقاتها مع قطر.",
            "2017-06-05",
            ["تعليق جميع رحلاتها", "قطع"],
        ),
    ],
)
def test_a_measure_of_its_own_is_not_the_cut_of_ties(text, published, triggers):
    found = of_type(extract(text, published), "sanctions")
    assert sorted(e["trigger"] for e in found) == sorted(triggers), found


@pytest.mark.parametrize(
    ("text", "published", "count"),
    [
        # a closure of ports told after the cut of ties is part of that decision
        (
            "أعلنت السعودية فجر اليوم قطع العلاقات الدبلوماسية مع قطر. وكانت المملكة قررت إغلاق كافة "
            "المنافذ البرية والبحرية والجوية مع قطر.",
            "2017-06-05",
            1,
        ),
    ],
)
def test_a_closure_of_ports_goes_with_the_cut_of_ties(text, published, count):
    found = of_type(extract(text, published), "sanctions")
    assert len(found) == count, found


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        # the verbal noun takes its doer before its object
        (
            "أفادت وكالة رويترز اليوم بإيقاف عدد من البنوك السعودية والإماراتية التعامل مع المصارف القطرية.",
            "2017-06-06",
            {"SAU", "ARE", "QAT"},
        ),
        (
            "أعلنت الحكومة اليوم تعليق شركة الطيران الوطنية المصرية كل رحلاتها إلى قطر.",
            "2017-06-06",
            {"EGY", "QAT"},
        ),
        # the doer of a ban on landing may stand several words before what it bars
        (
            "منعت الهيئة العامة للطيران المدني الإماراتية جميع الطائرات القطرية من الهبوط في مطاراتها.",
            "2017-06-06",
            {"ARE", "QAT"},
        ),
    ],
)
def test_a_suspension_with_its_doer_between_is_a_sanction(text, published, countries):
    found = of_type(extract(text, published), "sanctions")
    assert len(found) == 1, found
    assert countries <= set(found[0]["countries"]), found


@pytest.mark.parametrize(
    "text",
    [
        # a suspension of dealings with no state named is no sanction between states
        "قررت إدارة النادي إيقاف اللاعب عن التعامل مع وسائل الإعلام لمدة أسبوع.",
    ],
)
def test_a_suspension_between_no_states_is_no_sanction(text):
    assert of_type(extract(text, "2017-06-06"), "sanctions") == []
