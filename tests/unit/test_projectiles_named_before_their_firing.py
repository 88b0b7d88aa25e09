"""A projectile named before the verb that fired it, as a reduced relative or a passive with the
direction or the firer right after the verb ("a ballistic missile fired by Yemen's Houthi rebels",
"mortar shells fired from outside the airport", "قذائف هاون أطلقت من خارج المطار"), tells an
attack done, in the tense of that verb. Police are a source on the ground: what they say was
fired is the day's news. A deed told during the vote ("أثناء عملية التصويت", "during the vote")
took place on the vote's day, and one told hours after "that speech" on the speech's day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date", "countries"),
    [
        (
            "Hariri announced his resignation in a televised address from Riyadh on November 4. Hours after "
            "that speech, a ballistic missile fired by Yemen's Houthi rebels was intercepted near Riyadh's "
            "King Khalid International Airport.",
            "2017-11-22",
            "2017-11-04",
            ["SAU", "YEM"],
        ),
        (
            "مقديشو - انتخب البرلمان الصومالي، أمس الأحد، حسن شيخ محمود رئيسا للصومال. وسمع دوي انفجارات قرب "
            "المجمع أثناء عملية التصويت، وقالت الشرطة إن قذائف هاون أطلقت من خارج المطار سقطت في محيطه.",
            "2022-05-16",
            "2022-05-15",
            ["SOM"],
        ),
        (
            "Somalia's parliament elected Hassan Sheikh Mohamud president on Sunday. Explosions were heard near "
            "the compound during the vote, and police said mortar shells fired from outside the airport landed nearby.",
            "2022-05-16",
            "2022-05-15",
            ["SOM"],
        ),
    ],
)
def test_a_projectile_fired_is_an_attack_on_its_day(text, published, date, countries):
    attacks = of_type(extract(text, published), "attack")
    assert [(e["date"], sorted(e["countries"])) for e in attacks] == [(date, countries)], attacks


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police said two rockets fired from the south landed near the airport in Baghdad on Monday.", "fired from"),
        ("وقالت الشرطة إن صاروخين أطلقا من جنوب المدينة سقطا قرب مطار بغداد يوم الاثنين.", "أطلقا من"),
    ],
)
def test_the_firing_verb_tells_the_attack(text, trigger):
    (attack,) = of_type(extract(text, "2022-05-17"), "attack")
    assert attack["trigger"] == trigger
