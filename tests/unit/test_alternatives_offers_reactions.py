"""Deeds told as one of alternatives under a threat, offers and promises, and deeds reacted to.

An event word joined by أو / or to one a cue governs is governed by it too, however far back the
cue stands (هدد بتعليق العلاقات مع الإمارات أو سحب السفير, threatened to suspend ties or recall
the ambassador). Aid, forces or talks offered (عرضت تقديم مساعدات, offered humanitarian aid) and
elections promised are not given, sent or held. An event word after a word of protest or a verb of
reaction whose only named sides are the protesters' or the reactors' (تظاهر آلاف في برلين تنديدا
بالهجوم, called the sentence unjust) is the deed the article told before, not another one.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.resources import load_resources
from events.text.normalize import fold
from events.triggers import find_triggers


def _modalities(text: str) -> dict[str, str]:
    return {t.text: t.modality for t in find_triggers(text, fold(text), load_resources().triggers)}


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        (
            "وهدد الرئيس التركي رجب طيب أردوغان بتعليق العلاقات الدبلوماسية مع الإمارات أو سحب السفير.",
            "سحب",
            "threatened",
        ),
        ("Erdogan threatened to suspend diplomatic relations with the UAE or recall the ambassador.", "recall", "threatened"),
        # an alternative to a deed told as done is done
        ("وأعلنت البحرين قطع العلاقات مع قطر أو سحب السفير.", "سحب", "asserted"),
        # a verb with an ending of person opens a clause of its own
        ("وهدد الرئيس التركي رجب طيب أردوغان بتعليق العلاقات الدبلوماسية مع الإمارات أو سحبت السفير.", "سحبت", "asserted"),
        # no alternative after a comma
        ("هدد بتعليق العلاقات، ثم سحبت أنقرة سفيرها.", "سحبت", "asserted"),
    ],
)
def test_an_alternative_shares_the_cue(text, word, modality):
    assert _modalities(text)[word] == modality


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        ("وعرضت إسرائيل تقديم مساعدات إنسانية عبر وسطاء دوليين، لكن لبنان لم يرد على العرض.", "2020-08-06", "aid"),
        ("Israel offered humanitarian aid to Lebanon through international mediators.", "2020-08-06", "aid"),
        ("The military council in Sudan has promised elections but has not set a date.", "2019-04-13", "election"),
    ],
)
def test_offered_or_promised_is_not_done(text, published, kind):
    assert of_type(extract(text, published), kind) == []


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        ("أرسلت قطر مساعدات إنسانية إلى لبنان أمس.", "2020-08-06", "aid"),
        ("Qatar sent humanitarian aid to Lebanon on Wednesday.", "2020-08-06", "aid"),
        ("Algeria held presidential elections on Thursday.", "2019-12-13", "election"),
    ],
)
def test_given_or_held_stays(text, published, kind):
    assert of_type(extract(text, published), kind) != []


@pytest.mark.parametrize(
    ("text", "published", "kind", "countries"),
    [
        (
            "تواصلت لليوم الثاني العمليات العسكرية الروسية في أوكرانيا، بعد أن أعلن الرئيس الروسي فلاديمير بوتين "
            "فجر الخميس بدء عملية عسكرية خاصة. وتظاهر آلاف في برلين ولندن وباريس تنديداً بالهجوم، رافعين الأعلام "
            "الأوكرانية أمام السفارات الروسية، فيما شهدت موسكو مساء أمس احتجاجات مناهضة للحرب.",
            "2022-02-25",
            "attack",
            {"RUS", "UKR"},
        ),
        (
            "A Saudi court on Monday sentenced Loujain Al Hathloul to nearly six years in prison. "
            "Jake Sullivan, Joe Biden's choice for national security adviser, called the sentence unjust.",
            "2020-12-29",
            "arrest",
            {"SAU"},
        ),
    ],
)
def test_a_deed_reacted_to_takes_no_reactors_country(text, published, kind, countries):
    found = of_type(extract(text, published), kind)
    assert found
    assert all(set(e["countries"]) & countries for e in found)


def test_a_deed_protested_with_sides_of_its_own_stays():
    text = "وتظاهر آلاف في عمان تنديدا بالهجوم الإسرائيلي على غزة."
    assert of_type(extract(text, "2021-05-12"), "attack") != []


@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        # a negated re-doing, its subject and a time between (لم تُعِد الرياض حتى الآن فتح سفارتها)
        ("ولم تُعِد الرياض حتى الآن فتح سفارتها في طهران.", "فتح", "negated"),
        ("وأعادت الرياض أمس فتح سفارتها في طهران.", "وأعادت", "asserted"),
        # a path or steps towards a deed have not reached it
        ('Biden told him he expected "a significant de-escalation today on the path to a ceasefire."', "ceasefire", "planned"),
        ("The two sides took steps towards a ceasefire on Monday.", "ceasefire", "planned"),
        ("The two sides agreed a ceasefire on Monday.", "ceasefire", "asserted"),
    ],
)
def test_a_deed_not_yet_reached(text, word, modality):
    assert _modalities(text)[word] == modality
