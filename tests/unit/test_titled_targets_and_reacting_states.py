"""Places of events. A person named after a title that follows a preposition of the
side acted on (على، ضد، بحق: "عقوبات على المرشد الأعلى الإيراني علي خامنئي") is the target, not
the subject a verb-subject order would make of the first name after the verb: the event is the
acting state's, and placed there, not in the target's country. A name after a title with no such
preposition before it, or after a preposition governing another noun ("وقع على الاتفاق الرئيس
الأمريكي"), is still the subject. A measure of one state against another whose only place is
the target's name after such a preposition ("imposed sanctions on Iran", "فرض عقوبات على إيران")
is taken in the acting state's country; a city or region stated stays the place. A measure of
several states against one is placed in none of them, nor in the target's country: each state
acts at home, and the text states no one place."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2019-06-24"


def _located(text: str, event_type: str) -> list[str | None]:
    return [(e.get("location") or {}).get("country") for e in of_type(extract(text, PUB), event_type)]


@pytest.mark.parametrize(
    ("text", "event_type", "where"),
    [
        # a title after على, then the target's name: the acting state's place
        ("وقع الرئيس الأمريكي دونالد ترامب، اليوم الاثنين، أمرا تنفيذيا يفرض عقوبات على المرشد الأعلى الإيراني علي خامنئي.", "sanctions", "USA"),
        ("أصدر الرئيس الأمريكي دونالد ترامب الاثنين قرارا يفرض عقوبات مشددة على وزير الخارجية الإيراني محمد جواد ظريف.", "sanctions", "USA"),
        ("وقعت الرئيسة الأمريكية أمس أمرا يفرض عقوبات على الرئيس السوري بشار الأسد.", "sanctions", "USA"),
    ],
)
def test_a_titled_name_after_a_preposition_is_the_target(text, event_type, where):
    assert _located(text, event_type) == [where]


@pytest.mark.parametrize(
    ("text", "event_type", "where"),
    [
        # the target country after on / على: the acting state's country
        ("فرض الرئيس الأمريكي دونالد ترامب، الاثنين، عقوبات جديدة على إيران.", "sanctions", "USA"),
        ("US President Donald Trump on Monday imposed new sanctions on Iran.", "sanctions", "USA"),
        ("President Trump on Monday imposed fresh sanctions on Tehran.", "sanctions", "USA"),
        # the preposition governs another noun: the titled name after it is the subject
        ("وقع على الاتفاق الرئيس الأمريكي دونالد ترامب اليوم الاثنين.", "agreement", "USA"),
        # no preposition before the title: the subject
        ("فرض الرئيس الأمريكي دونالد ترامب، الاثنين، عقوبات على إيران.", "sanctions", "USA"),
        ("US President Donald Trump on Monday signed an executive order imposing sanctions on Iran's Supreme Leader Ali Khamenei.", "sanctions", "USA"),
    ],
)
def test_a_titled_subject_stays_the_subject(text, event_type, where):
    assert _located(text, event_type) == [where]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # a city stated stays the place
        ("فرضت الولايات المتحدة، الاثنين، في جنيف عقوبات على إيران.", "CHE"),
        # a measure of several states against one: each acts at home, no one place stated
        ("قطعت السعودية والإمارات والبحرين ومصر العلاقات مع قطر الاثنين.", None),
        ("قطعت السعودية والبحرين علاقاتهما الدبلوماسية مع قطر أمس.", None),
        # the acting state named as the place
        ("فرضت الولايات المتحدة، الاثنين، عقوبات على إيران.", "USA"),
    ],
)
def test_a_measure_keeps_a_stated_place(text, where):
    assert _located(text, "sanctions") == [where]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # the striker named before the word, or as the subject after the Arabic verb; a word of
        # another type after "at" / على is the thing hit
        ("Iran fired more than a dozen ballistic missiles at two military bases in Iraq.", "IRQ"),
        ("Iran launched missiles at two military bases in Iraq that house US troops.", "IRQ"),
        ("أطلقت إيران صواريخ باليستية على قاعدتين عسكريتين في العراق تستضيفان قوات أمريكية.", "IRQ"),
        # the place after the word is the struck one already
        ("Iran fired missiles at two bases in Iraq.", "IRQ"),
        ("شنت إسرائيل غارات على مواقع عسكرية في سوريا.", "SYR"),
        # a place of the striker's own country stated after the word stays
        ("Israel fired missiles at a military base in Israel's south.", "ISR"),
    ],
)
def test_a_strike_is_placed_where_it_fell(text, where):
    assert _located(text, "attack") == [where]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # a deed reported in a clause opened by a verb of saying after an earlier deed's place
        (
            "Saudi Arabia admitted that the journalist was killed inside its consulate in Istanbul, saying he died "
            "in a fight, and announced that the intelligence officer Maher Mutreb had been arrested.",
            "SAU",
        ),
    ],
)
def test_a_reported_deed_takes_no_place_of_an_earlier_deed(text, where):
    assert _located(text, "arrest") == [where]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # no verb of saying: the clause goes on at the place named
        ("Protesters clashed with police in Istanbul, and 18 of them were arrested on Monday.", "TUR"),
        # the place is the reported deed's own
        ("Saudi Arabia announced that the diplomat Khalid al-Otaibi had been arrested in Istanbul.", "TUR"),
    ],
)
def test_a_deed_keeps_the_place_of_its_clause(text, where):
    assert _located(text, "arrest") == [where]


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # the state that condemned the attack is not where it took place
        ("دانت مصر الهجوم الإرهابي الذي استهدف مسجدا أمس.", None),
        ("Egypt condemned the attack on a mosque on Friday.", None),
        # a place the sentence states stays
        ("دانت مصر الهجوم الإرهابي الذي استهدف مسجدا في العريش أمس.", "EGY"),
        # a state that struck, no reaction
        ("شنت مصر غارات على مواقع المسلحين أمس.", "EGY"),
    ],
)
def test_a_reacting_state_is_no_place(text, where):
    assert _located(text, "attack") == [where]
