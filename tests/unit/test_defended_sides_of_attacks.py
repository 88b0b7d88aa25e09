"""The side whose air defences, interceptors or Iron Dome an attack's sentence names is the side
attacked, whatever the verb (data/assembly.json `defence_nouns`, events/assemble/interceptions.py);
such defences destroying "it" take up the projectile of an attack told before, no second attack
(events/assemble/downed_craft.py)."""

import pytest

from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "actor1", "actor2"),
    [
        # the defences' side, named before the verb, is the target; the doer the side that fired
        ("قال التحالف إن منظومة الدفاع الجوي السعودية اعترضت صاروخا باليستيا أطلقته ميليشيا الحوثي على جازان الأحد.", "houthis", "SAU"),
        ("اعترضت منظومة الدفاع الجوي السعودية صاروخا باليستيا أطلقته ميليشيا الحوثي على جازان الأحد.", "houthis", "SAU"),
        ("Saudi air-defence systems intercepted a ballistic missile fired by the Houthis at Jazan on Sunday.", "houthis", "SAU"),
        ("The coalition said Saudi air defences intercepted a missile fired by Houthi rebels at Jazan on Sunday.", "houthis", "SAU"),
        # no one named as firing: the defended side is still the target, never the doer
        ("Israeli air defences intercepted a rocket fired from Gaza on Sunday.", None, "ISR"),
        # defences struck: their side is the target as well
        ("Israeli warplanes struck Syrian air defences near Damascus on Sunday.", "israel_army", "SYR"),
        ("قصفت مقاتلات إسرائيلية منظومة الدفاع الجوي السورية قرب دمشق الأحد.", "ISR", "SYR"),
        # no defences: the striking side is the doer
        ("Saudi warplanes struck Houthi positions in Saada on Sunday.", "SAU", "houthis"),
        ("قصفت المقاتلات السعودية مواقع الحوثيين في صعدة، الأحد.", "SAU", "houthis"),
    ],
)
def test_the_side_whose_defences_are_named_is_the_target(text, actor1, actor2):
    found = of_type(extract(text, "2018-03-27"), "attack")
    assert [(e["actor1"], e["actor2"]) for e in found] == [(actor1, actor2)], found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "The Houthis fired a ballistic missile at Riyadh on Sunday. "
            "A Saudi interceptor missile destroyed it over the capital, the coalition said.",
            ["2018-03-25"],
        ),
        (
            "أطلق الحوثيون صاروخا باليستيا على الرياض الأحد. وقال التحالف إن الدفاعات الجوية السعودية دمرته فوق العاصمة.",
            ["2018-03-25"],
        ),
        # what the defences destroyed is named, and no attack was told before: an attack of its own
        ("Israeli air defences destroyed a drone launched from Lebanon on Sunday.", ["2018-03-25"]),
    ],
)
def test_defences_destroying_it_take_up_the_attack_told_before(text, dates):
    found = of_type(extract(text, "2018-03-27"), "attack")
    assert sorted(e["date"] for e in found) == dates, found
