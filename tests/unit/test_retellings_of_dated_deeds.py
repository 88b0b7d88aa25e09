"""Retellings: an event told again with no date of its own, as what a crisis led to or as
the object of a verb that takes up the attack told before, is that event, not news of the
publication's day; a word of protest before a noun of a camp names a place, no event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _of_type(found: list[dict], event_type: str) -> list[dict]:
    return [e for e in found if e["event_type"] == event_type]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        # what a crisis led to: the measure its dated beginning brought
        (
            "وبدأت الأزمة في يونيو/حزيران الماضي عندما قطعت السعودية والإمارات علاقاتهما الدبلوماسية مع قطر. "
            "وأدت الأزمة إلى إغلاق الحدود البرية الوحيدة لقطر.",
            "2018-04-11",
            "sanctions",
            {"2017-06"},
        ),
        (
            "وكانت البحرين قد قطعت علاقاتها مع قطر في الخامس من يونيو الماضي. "
            "وتسبب الخلاف في إغلاق الأجواء أمام الطائرات القطرية.",
            "2017-09-20",
            "sanctions",
            {"2017-06-05"},
        ),
        (
            "Saudi Arabia and the UAE cut diplomatic ties with Qatar in June last year. "
            "The crisis led to the closure of Qatar's only land border with Saudi Arabia.",
            "2018-04-11",
            "sanctions",
            {"2017-06"},
        ),
        # with no dated telling to take up, the measure stays the day's
        (
            "وأدت الأزمة إلى إغلاق السعودية الحدود البرية مع قطر.",
            "2018-04-11",
            "sanctions",
            {"2018-04-11"},
        ),
        # a measure of its own told without a crisis before it stays beside the dated one
        (
            "وكانت السعودية قد قطعت علاقاتها مع قطر في يونيو الماضي. "
            "وأعلنت السعودية إغلاق حدودها البرية مع قطر أمام الحجاج.",
            "2018-04-11",
            "sanctions",
            {"2017-06", "2018-04-11"},
        ),
    ],
)
def test_what_a_crisis_led_to_is_its_dated_deed(text, published, event_type, dates):
    found = _of_type(extract(text, published), event_type)
    assert {e["date"] for e in found} == dates, [(e["date"], e["trigger"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # fighting, which goes on from day to day, is the day's when told as a cause
        (
            "أعلنت حكومة الوفاق الوطني الليبية أن مئات الأسر نزحت بسبب الاشتباكات في جنوب العاصمة طرابلس. "
            "وقد اندلع العنف في العاصمة الأسبوع الماضي حين هاجمت جماعة مسلحة مناطق جنوبية بالعاصمة الليبية طرابلس.",
            "2018-09-04",
            {"2018-08", "2018-09-04"},
        ),
    ],
)
def test_fighting_told_as_a_cause_stays_the_day_s(text, published, dates):
    found = _of_type(extract(text, published), "attack")
    assert {e["date"] for e in found} == dates, [(e["date"], e["trigger"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # the verb's object, a definite noun of the weapon, takes up the attack told before
        (
            "Israeli missile strikes targeted army positions around Damascus late on Sunday, killing nine fighters. "
            "Syria's state news agency said air defences intercepted most of the missiles.",
            "2021-02-15",
            {"2021-02-14"},
        ),
        (
            "Israeli jets struck Iranian positions near Damascus on Sunday. "
            "Syrian air defences intercepted the incoming missiles over the capital.",
            "2021-02-15",
            {"2021-02-14"},
        ),
        # an indefinite object tells a new attack: both stay
        (
            "Israeli missile strikes targeted army positions around Damascus late on Sunday, killing nine fighters. "
            "Syrian air defences intercepted missiles over Damascus.",
            "2021-02-15",
            {"2021-02-14", "2021-02-15"},
        ),
    ],
)
def test_a_definite_object_takes_up_the_attack(text, published, dates):
    found = _of_type(extract(text, published), "attack")
    assert {e["date"] for e in found} == dates, [(e["date"], e["trigger"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a camp of protest is a place: the protests are told with their own date
        (
            "The protests in Lebanon erupted on 17 October over a proposed tax. "
            "Hours earlier, men loyal to the parties set fire to the protest camp in the square.",
            "2019-10-29",
            {"2019-10-17"},
        ),
        (
            "The protests in Lebanon erupted on 17 October over a proposed tax. Police removed protest tents from the square.",
            "2019-10-29",
            {"2019-10-17"},
        ),
    ],
)
def test_a_protest_camp_is_no_protest(text, published, dates):
    found = _of_type(extract(text, published), "protest")
    assert {e["date"] for e in found} == dates, [(e["date"], e["trigger"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # the claimant's full name between the verb of claiming and the attack it claims
        (
            "أعلنت وزارة الطاقة السعودية، اليوم الجمعة، تعرض مصفاة في الرياض لهجوم بطائرة مسيرة فجر أمس الخميس. "
            'وتبنت جماعة "أنصار الله" الحوثية الهجوم، وقالت إن قواتها استهدفت منشآت حيوية.',
            "2022-03-11",
            {"2022-03-10"},
        ),
        (
            "قتل أربعة جنود في هجوم على قاعدة عسكرية في مقديشو يوم السبت. "
            "وتبنت حركة الشباب المجاهدين الصومالية المتشددة الهجوم في بيان.",
            "2024-02-12",
            {"2024-02-10"},
        ),
    ],
)
def test_a_long_named_claimant_claims_the_attack_told_before(text, published, dates):
    found = _of_type(extract(text, published), "attack")
    assert {e["date"] for e in found} == dates, [(e["date"], e["trigger"]) for e in found]


def test_a_resolution_adopted_claims_nothing():
    found = _of_type(
        extract(
            "قتل أربعة جنود في هجوم على قاعدة عسكرية في مقديشو يوم السبت. "
            "وتبنى مجلس الأمن الدولي قرارا يدين الهجوم.",
            "2024-02-12",
        ),
        "attack",
    )
    assert found, found
    assert not any("unsc" in a.lower() or "security_council" in a.lower() for e in found for a in e["actors"]), [
        e["actors"] for e in found
    ]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "count"),
    [
        # a qualified reference to a deed speaks of it; it tells no deed of the day
        (
            "وقال رئيس الوزراء اللبناني نجيب ميقاتي إنه يأسف لما جرى، في إشارة ضمنية إلى الاستقالة، فيما رفض الوزير الاعتذار.",
            "2021-10-29",
            "appointment",
            0,
        ),
        (
            "ودعا رئيس الوزراء العراقي وزير الكهرباء إلى تحمل المسؤولية، في إشارة واضحة إلى الاستقالة.",
            "2021-10-29",
            "appointment",
            0,
        ),
        (
            "The Lebanese prime minister urged the minister to act, in an apparent reference to the resignation.",
            "2021-10-29",
            "appointment",
            0,
        ),
        # the deed itself, told as done, stays
        (
            "أعلن وزير الإعلام اللبناني استقالته من الحكومة اليوم الجمعة.",
            "2021-10-29",
            "appointment",
            1,
        ),
    ],
)
def test_a_qualified_reference_tells_no_deed(text, published, event_type, count):
    found = _of_type(extract(text, published), event_type)
    assert len(found) == count, [(e["date"], e["trigger"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a term of the deal told after a frame of its terms is the deal told before
        (
            "The UAE and Israel signed a peace accord at the White House on Tuesday. "
            "As part of the arrangement, Israel agreed to suspend plans to annex parts of the West Bank.",
            "2020-09-16",
            {"2020-09-15"},
        ),
        (
            "وقعت الإمارات وإسرائيل اتفاق سلام في البيت الأبيض يوم الثلاثاء. "
            "وبموجب الاتفاق، وافقت إسرائيل على تعليق خطط ضم أجزاء من الضفة الغربية.",
            "2020-09-16",
            {"2020-09-15"},
        ),
        # with no such frame, an agreement of its own stays beside it
        (
            "The UAE and Israel signed a peace accord at the White House on Tuesday. "
            "Israel and Jordan agreed to open a new border crossing.",
            "2020-09-16",
            {"2020-09-15", "2020-09-16"},
        ),
    ],
)
def test_a_term_of_the_deal_is_the_deal(text, published, dates):
    found = _of_type(extract(text, published), "agreement")
    assert {e["date"] for e in found} == dates, [(e["date"], e["trigger"]) for e in found]
