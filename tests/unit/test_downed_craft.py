"""A downing of a craft of leisure, or of the projectiles of an attack told before, is no
attack of its own; a downing of a craft fired or flown by a side still tells the attack."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a craft of leisure downed: no one attacked
        (
            'أعلن متحدث باسم الشرطة، السبت، إسقاط "طائرة لاسلكية ترفيهية صغيرة" خلال تحليقها فوق حي بمدينة الرياض.',
            "2018-04-21",
            [],
        ),
        ("Police said on Saturday they had shot down a small recreational drone flying over a palace in Riyadh.", "2018-04-21", []),
        # the projectiles of the attack told before, taken up by a definite noun: that attack only
        (
            "The United States, Britain and France launched more than 100 missiles at Syrian government targets early on Saturday. "
            "Syrian state media said air defences shot down most of the missiles, a claim Washington dismissed.",
            "2018-04-14",
            ["2018-04-14"],
        ),
        # (the Arabic retelling merged with the attack before already; kept as a guard)
        (
            "شنت الولايات المتحدة وبريطانيا وفرنسا ضربات صاروخية على أهداف في سوريا فجر السبت. "
            "وأسقطت الدفاعات الجوية السورية معظم الصواريخ، بحسب الإعلام الرسمي.",
            "2018-04-14",
            ["2018-04-14"],
        ),
        # a military craft downed, or projectiles fired by a side: the attack is told
        ("Turkey said on Sunday that Syria shot down one of its military reconnaissance jets.", "2012-06-24", ["2012-06-24"]),
        ("واعترضت قوات الدفاع الجوي السعودي الجمعة صاروخا باليستيا أطلقته المليشيا الحوثية على جازان.", "2018-04-14", ["2018-04-13"]),
        ("أعلنت الشرطة، السبت، إسقاط طائرة مسيرة مفخخة أطلقها الحوثيون فوق مدينة جازان.", "2018-04-21", ["2018-04-21"]),
    ],
)
def test_a_downing_of_leisure_craft_or_of_missiles_told_before_is_no_attack(text, published, dates):
    found = of_type(extract(text, published), "attack")
    assert sorted(e["date"] for e in found) == dates, found


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a fighter or a bomber downed, named by its own noun (مقاتلة، قاذفة): the attack is told
        (
            "وعاد الرئيسان إلى التنسيق بعد أزمة حادة اندلعت إثر إسقاط تركيا مقاتلة روسية على الحدود السورية في "
            "نوفمبر/تشرين الثاني 2015.",
            "2016-12-30",
            ["2015-11"],
        ),
        (
            "وهو أول لقاء بينهما منذ إسقاط مقاتلات تركية قاذفة روسية قرب الحدود السورية في تشرين الثاني/نوفمبر 2015.",
            "2016-08-24",
            ["2015-11"],
        ),
        (
            "It was their first meeting since Turkish jets shot down a Russian bomber near the Syrian border in November 2015.",
            "2016-08-24",
            ["2015-11"],
        ),
        # fighters that dropped leaflets brought nothing down
        ("وأسقطت مقاتلات أردنية منشورات على المدينة أمس.", "2016-08-24", []),
        # after the verb, the fighter or bomber is its subject; a female fighter stripped of citizenship
        # or cleared of charges was not shot down
        ("وأسقطت قاذفة روسية خزانات الوقود فوق البحر قرب السواحل السورية.", "2021-05-10", []),
        ("وأسقطت مقاتلة مصرية هدفا جويا أمس قرب الحدود الليبية.", "2021-05-10", []),
        ("وأسقطت بريطانيا الجنسية عن مقاتلة سابقة في تنظيم داعش تعيش في مخيم الهول بسوريا.", "2021-05-10", []),
        ("وأسقطت المحكمة التهم عن مقاتلات كرديات اعتقلن في تركيا العام الماضي.", "2021-05-10", []),
    ],
)
def test_a_downed_fighter_or_bomber_is_an_attack(text, published, dates):
    found = of_type(extract(text, published), "attack")
    assert sorted(e["date"] for e in found) == dates, found
