"""A deed's subject of sides joined by a conjunction ("The United States and Britain carried out
strikes", "The United States, Britain and France launched missiles", "شنت السعودية والإمارات
غارات") makes all of them its doers: another telling that names only one of them as the doer
("US fighter jets ... hit more than 60 targets", "a claim Washington dismissed") is the same deed
told again. Sides set off by commas with no conjunction closing their list are no joint doers."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.actors import find_actors
from events.assemble.joint_doers import joint_doers
from events.resources import load_resources
from events.text.normalize import fold


@pytest.mark.parametrize(
    ("text", "lead", "joined"),
    [
        ("The United States and Britain carried out strikes on Yemen.", "Britain", ["United States"]),
        ("The United States, Britain and France launched missiles at Syria.", "France", ["Britain", "United States"]),
        ("The United States, Britain and France launched missiles at Syria.", "United States", ["Britain", "France"]),
        ("شنت السعودية والإمارات غارات على اليمن.", "السعودية", ["والإمارات"]),
        ("شنت الولايات المتحدة وبريطانيا وفرنسا ضربات صاروخية على سوريا.", "الولايات المتحدة", ["وبريطانيا", "وفرنسا"]),
        ("Turkey, Qatar's ally, struck Iraq.", "Turkey", []),
        ("قصفت تركيا، حليفة قطر، مواقع في العراق.", "تركيا", []),
    ],
)
def test_sides_joined_by_a_conjunction_are_joint_doers(text, lead, joined):
    actors = [a for a in find_actors(text, fold(text), load_resources().actors) if a.country]
    first = next(a for a in actors if text[a.start : a.end] == lead)
    found = joint_doers(text, [first], [a for a in actors if a is not first])
    assert [text[a.start : a.end] for a in found] == joined


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "The United States and Britain carried out dozens of air and missile strikes against Houthi targets "
            "in Yemen early on Friday. US fighter jets and Tomahawk missiles fired from warships hit more than "
            "60 targets, the US Air Forces Central Command said.",
            "2024-01-12",
        ),
        (
            "The United States, Britain and France launched more than 100 missiles at Syrian government targets "
            "early on Saturday. Syrian state media said air defences shot down most of the missiles, a claim "
            "Washington dismissed.",
            "2018-04-14",
        ),
    ],
)
def test_a_telling_by_one_of_the_joint_doers_is_the_same_deed(text, published):
    assert len(of_type(extract(text, published), "attack")) == 1


# (text, published, the event word, actor2 wanted, the location's country wanted)
_STRUCK_TOGETHER = [
    # the sides joined as the doer of an attack strike together: none of them is its target
    (
        "Government forces advanced on Monday thanks to hundreds of air strikes by Syrian and Russian warplanes.",
        "2018-06-26",
        "air strikes",
        None,
        "SYR",
    ),
    (
        "وتقدمت القوات الاثنين بفضل مئات الضربات الجوية من قبل الطائرات الحربية السورية والروسية.",
        "2018-06-26",
        "الضربات الجوية",
        None,
        "SYR",
    ),
    (
        "Syrian and Russian warplanes carried out hundreds of air strikes on the Daraa countryside on Monday.",
        "2018-06-26",
        "air strikes",
        None,
        "SYR",
    ),
    (
        "شنت الطائرات الحربية السورية والروسية مئات الضربات الجوية على ريف درعا أمس.",
        "2018-06-26",
        "الضربات الجوية",
        None,
        "SYR",
    ),
    # the word of the deed in quotation marks, the doers after a word of agency
    (
        'The advance came, according to the Observatory, thanks to "hundreds of air strikes" by Syrian and '
        "Russian warplanes in recent days.",
        "2018-06-26",
        "air strikes",
        None,
        "SYR",
    ),
    (
        'وتقدمت القوات الاثنين بفضل "مئات الضربات الجوية" من قبل الطائرات الحربية السورية والروسية.',
        "2018-06-26",
        "الضربات الجوية",
        None,
        "SYR",
    ),
    # a group of the joined states (the Saudi-led coalition) strikes with them
    (
        "The coalition led by Saudi Arabia and the United Arab Emirates began its offensive on Hodeidah "
        "on June 2 to weaken the Houthis.",
        "2018-06-24",
        "offensive on Hodeidah",
        "houthis",
        "YEM",
    ),
    (
        "وبدأ التحالف بقيادة السعودية والإمارات هجومه على الحديدة يوم 2 يونيو.",
        "2018-06-24",
        "هجومه",
        None,
        "YEM",
    ),
    # joined states named before the word as the side that struck stay its doers together
    (
        "Saudi Arabia and the United Arab Emirates began their offensive on the city on June 2 to weaken the Houthis.",
        "2018-06-24",
        "offensive",
        "houthis",
        "YEM",
    ),
    ("شنت السعودية والإمارات غارات على المدينة يوم 2 يونيو لإضعاف الحوثيين.", "2018-06-24", "شنت", "houthis", None),
    (
        "The United States and Britain launched strikes on Monday to weaken the Houthis.",
        "2018-06-24",
        "launched",
        "houthis",
        "YEM",
    ),
    # negative rows: sides fighting each other, a target joined to another target, and the objects of
    # a noun of a deed ("اغتيال هنية في طهران ونصر الله في بيروت", two killings) stay targets
    ("Israeli and Palestinian forces clashed in Hebron on Monday.", "2018-06-26", "clashed", "ISR", "PSE"),
    ("اشتبكت القوات السورية والتركية في إدلب أمس.", "2018-06-26", "اشتبكت", "TUR", "SYR"),
    ("Israeli jets struck Syrian and Iranian targets near Damascus on Monday.", "2018-06-26", "struck", "SYR", "SYR"),
    ("قصفت الطائرات الإسرائيلية أهدافا سورية وإيرانية قرب دمشق أمس.", "2018-06-26", "قصفت", "SYR", "SYR"),
]


@pytest.mark.parametrize(("text", "published", "trigger", "target", "country"), _STRUCK_TOGETHER)
def test_sides_joined_as_the_doer_of_an_attack_are_not_its_target(text, published, trigger, target, country):
    attacks = [e for e in of_type(extract(text, published), "attack") if e["trigger"] == trigger]
    assert len(attacks) == 1
    assert attacks[0]["actor2"] == target
    if country is not None:
        assert attacks[0]["location"]["country"] == country
