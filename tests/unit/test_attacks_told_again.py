"""The same event told twice. An attack told again by the target it names. An attack told with no date of its own, whose
word leads by a preposition or a verb of targeting to its target (غارة استهدفت حافلة، قصف جوي على
مدينة حجة, the strike on the bus), is the one attack the article dates before the publication, in
one of its countries, whose telling names that target: one strike, on its own date, not a
second one on the day of the publication. A generic target (a city, an area) names one only with
the word after it; the words right after a verb are its subject, no target; and an attack on
another target is another attack."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

SEPTEMBER = "2018-09-02"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a strike on a bus dated by its month, told again with its toll
        (
            "اتهمت منظمة العفو الدولية التحالف بقيادة السعودية بارتكاب جريمة حرب إثر غارة استهدفت حافلة "
            "مدرسية في اليمن في يوليو الماضي.\nوقتل 30 طفلا وأصيب 12 آخرون في قصف استهدف حافلة في سوق "
            "مزدحم شمالي اليمن.",
            "2018-07",
        ),
        # an attack on a reactor dated by its year, told again by a definite noun with other sides
        (
            "اعترفت إسرائيل بأنها دمرت بغارة جوية مفاعلا نوويا في سوريا عام 2007.\n"
            "وكان الهجوم على المفاعل موضع خلاف بين إسرائيل والولايات المتحدة.",
            "2007",
        ),
        # an air raid on a town dated by its day, told again: a generic target with its name
        (
            "قتل 20 شخصا في قصف جوي على مدينة حجة اليمنية يوم الخميس.\n"
            "وقتل 20 مدنيا وأصيب 9 آخرون في غارة جوية استهدفت مدينة حجة اليمنية.",
            "2018-08-30",
        ),
        # English: a strike on a hospital dated by its day, told again
        (
            "A Saudi-led coalition air strike hit a hospital in Yemen on Thursday, killing 12 people.\n"
            "Twelve civilians were killed and 20 wounded in a strike on the hospital in Yemen.",
            "2018-08-30",
        ),
    ],
)
def test_an_attack_told_again_by_its_target_is_the_dated_one(text: str, date: str) -> None:
    attacks = of_type(extract(text, SEPTEMBER), "attack")
    assert [a["date"] for a in attacks] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # another town: another attack
        "قتل 20 شخصا في قصف جوي على مدينة حجة اليمنية يوم الخميس.\n"
        "وقتل 5 أشخاص وأصيب 9 آخرون في غارة استهدفت مدينة الحديدة اليمنية.",
        # a generic target with no name of its own tells no attack apart
        "قتل 20 شخصا في قصف جوي على مدينة حجة اليمنية يوم الخميس.\n"
        "وقتل 5 أشخاص وأصيب 9 آخرون في قصف على منطقة أخرى.",
        # another target of the same side
        "اعترفت إسرائيل بأنها دمرت بغارة جوية مفاعلا نوويا في سوريا عام 2007.\nوشنت إسرائيل غارة على مطار دمشق.",
    ],
)
def test_an_attack_on_another_target_stays_apart(text: str) -> None:
    attacks = of_type(extract(text, SEPTEMBER), "attack")
    assert len(attacks) == 2


# An attack whose doers are protesters, named after من قبل, على أيدي or English "by" ("تعرضت
# السفارة لهجوم من قبل محتجين", "was attacked by protesters"), is a protest (CAMEO 145), as the
# protesters' own verb is ("هاجم متظاهرون السفارة"): one event, not an attack beside a protest.
MAY = "2018-05-10"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("تعرضت السفارة الإسرائيلية في القاهرة لهجوم من قبل محتجين مصريين في العام 2011.", "2011"),
        ("The Israeli embassy in Cairo was attacked by protesters in September 2011.", "2011-09"),
    ],
)
def test_an_attack_by_protesters_is_one_protest(text: str, date: str) -> None:
    found = extract(text, MAY)
    assert [(e["event_type"], e["date"]) for e in found] == [("protest", date)]


def test_an_attack_by_gunmen_stays_an_attack() -> None:
    found = extract("قتل ثلاثة جنود في هجوم من قبل مسلحين على حاجز في سيناء يوم الخميس.", MAY)
    assert [e["event_type"] for e in found] == ["attack"]


# Two attacks of one article that tell the same toll (a figure of three or more beside a word of
# death: مقتل 25 شخصا، 25 شخصا لقوا مصرعهم, 25 people were killed), on days up to a week apart,
# in countries one of them names, are one attack told twice, on the earlier day: the later is
# the day it was reported or an inquiry into it announced. Another toll is another attack.
REPORTED = "2018-04-24"
INQUIRY_AR = (
    "أتلانتا (CNN) – أكدت قوات التحالف العربي في اليمن، بقيادة السعودية، أنها ستجري تحقيقا لمعرفة مدى "
    "صحة الأنباء التي تحدثت عن مقتل 25 شخصا في أحد الأعراس، إثر قصف جوي على مدينة حجة اليمنية، وفقا "
    "لتصريحات أدلى بها المتحدث باسم التحالف، الإثنين.\n"
)
INQUIRY_EN = (
    "DUBAI (CNN) - The Saudi-led coalition in Yemen said it would open an investigation into reports that "
    "25 people were killed at a wedding in an air strike on the city of Hajjah, a spokesman said on Monday.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        INQUIRY_AR + "يذكر أن 25 شخصا لقوا مصرعهم إثر غارة جوية على مدينة حجة، الأحد، وفقا لما كشفه مصدر طبي يمني.",
        INQUIRY_EN + "A Yemeni medical source said 25 people were killed in an air strike on Hajjah on Sunday.",
    ],
)
def test_one_toll_told_twice_is_one_attack_on_the_earlier_day(text: str) -> None:
    attacks = of_type(extract(text, REPORTED), "attack")
    assert [a["date"] for a in attacks] == ["2018-04-22"]


def test_another_toll_is_another_attack() -> None:
    text = INQUIRY_AR + "يذكر أن 12 شخصا لقوا مصرعهم إثر غارة جوية على مدينة صعدة، الأحد، وفقا لما كشفه مصدر طبي يمني."
    attacks = of_type(extract(text, REPORTED), "attack")
    assert sorted(a["date"] for a in attacks) == ["2018-04-22", "2018-04-23"]


# An attack's word right after a relative clause of people hurt in it (المصابين الذين أصيبوا في
# مواجهات، الجرحى الذين أصيبوا في غارات) tells how they were hurt: with no date of its own, it is
# the one attack the article dates before the publication, told again.
WEDNESDAY = "2018-05-16"


@pytest.mark.parametrize(
    "text",
    [
        "قتلت القوات الإسرائيلية 60 فلسطينيا خلال احتجاجات على حدود قطاع غزة يوم الإثنين.\n"
        "واتهمت الحكومة التركية، الأربعاء، إسرائيل برفض هبوط الطائرات التركية لنقل المصابين الفلسطينيين، "
        "الذين أصيبوا في مواجهات مع الجيش الإسرائيلي، إلى تركيا للعلاج.",
        "شنت طائرات التحالف بقيادة السعودية غارات على سوق في صعدة اليمنية يوم الإثنين.\n"
        "وطالبت منظمة حقوقية الأربعاء بنقل الجرحى اليمنيين الذين أصيبوا في غارات التحالف إلى الخارج للعلاج.",
    ],
)
def test_an_attack_told_as_how_people_were_hurt_is_the_dated_one(text: str) -> None:
    attacks = of_type(extract(text, WEDNESDAY), "attack")
    assert [a["date"] for a in attacks] == ["2018-05-14"]


def test_an_attack_with_its_own_doers_and_no_casualty_clause_stays_apart() -> None:
    text = (
        "قتلت القوات الإسرائيلية 60 فلسطينيا خلال احتجاجات على حدود قطاع غزة يوم الإثنين.\n"
        "وقتل جنديان إسرائيليان في مواجهات مع مسلحين فلسطينيين."
    )
    assert len(of_type(extract(text, WEDNESDAY), "attack")) == 2


# The deed a response answers (ردا على هجوم كيماوي على دوما) takes no side of the response: the
# names before "in response to" are the response's doers and targets, when a side or a place
# with a country is named after it.
SATURDAY = "2018-04-14"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            'شنت الولايات المتحدة وبريطانيا وفرنسا السبت ضربات على سوريا "ردا على هجوم كيماوي على مدينة دوما '
            'السورية" الأسبوع الماضي.',
            ["SYR"],
        ),
        (
            "قصفت المدفعية التركية الأحد مواقع في منطقة عفرين السورية ردا على هجوم صاروخي على مدينة كلس "
            "التركية يوم الجمعة.",
            ["TUR"],
        ),
    ],
)
def test_the_deed_responded_to_takes_no_side_of_the_response(text: str, countries: list[str]) -> None:
    attacks = of_type(extract(text, SATURDAY), "attack")
    assert len(attacks) == 2
    assert sorted(attacks[1]["countries"]) == countries
