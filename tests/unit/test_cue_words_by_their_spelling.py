"""Cue words read by their own spelling. A phrase that begins with a word whose first two
letters are no article (إلى، إلا، the relative pronouns) keeps them in its key, so that the
cue `إلى حين` (until: a plan) is never met by `في حين` (whereas), which tells what happened.
The short forms of wanting (يرد، ترد, as after لم) are spelled as the verb of responding, which
is what they are in news (لترد إسرائيل بحملة غارات: Israel responded with air strikes): no wish.
The students (الطلبة) are no demand (طلب), though folded they read as its verb with the article;
carrying out a strike or an attack (تنفيذ إضراب) is the deed, which a threat before it reaches,
where carrying out a deal presupposes the deal."""

from __future__ import annotations

import pytest

from events.text.matching import phrase_key
from events.text.normalize import fold
from events.triggers import ASSERTED, find_triggers, load_triggers


def modalities(text: str, event_type: str) -> list[tuple[str, str]]:
    found = find_triggers(text, fold(text), load_triggers())
    return [(m.text, m.modality) for m in found if m.event_type == event_type]


@pytest.mark.parametrize(
    ("phrase", "key"),
    [
        ("إلى حين", "الي حين"),
        ("الى حين", "الي حين"),
        ("إلا أن", "الا ان"),
        ("الذين شاركوا في", "الذين شاركوا في"),
        ("التي مقرها", "التي مقرها"),
        # guards: the article is stripped as before
        ("الدوحة", "دوحه"),
        ("الاتفاق النووي", "اتفاق النووي"),
        ("اليمن", "يمن"),
    ],
)
def test_a_word_that_only_looks_definite_keeps_its_first_letters(phrase: str, key: str) -> None:
    assert phrase_key(phrase) == key


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وأسفرت الغارات عن استشهاد 232 فلسطينيا، في حين قُتل 12 شخصا في إسرائيل جراء الصواريخ.", "attack"),
        ("وقتل خمسة فلسطينيين في غزة، في حين قتل جندي إسرائيلي في الضفة الغربية.", "attack"),
        ("أطلقت حماس صواريخ باتجاه القدس، لترد إسرائيل بحملة غارات جوية مكثفة على القطاع.", "attack"),
        ("وهاجم مسلحون نقطة تفتيش، ليرد الجيش بقصف مدفعي على مواقعهم.", "attack"),
        # English guards: the same sentences were read as told
        ("Five Palestinians were killed in Gaza, while an Israeli soldier was killed in the West Bank.", "attack"),
        ("Hamas fired rockets at Jerusalem, and Israel responded with a wave of air strikes on Gaza.", "attack"),
        # the students (الطلبة) who march are no demand (طلب) of the march
        ("وكان الطلبة قد نظموا الثلاثاء الماضي مسيرات في عدة جامعات.", "protest"),
        ("ونظم الطلبة يوم الأحد وقفة احتجاجية أمام مقر الوزارة.", "protest"),
        ("Students held a march in the capital on Tuesday.", "protest"),
        # carrying out a deal presupposes it; a deed carried out with no cue before it happened
        ("وطالبت مصر بتنفيذ اتفاق وقف إطلاق النار في غزة.", "ceasefire"),
        ("نفذ عمال الموانئ في تونس إضرابا عاما يوم الاثنين.", "protest"),
        ("Egypt called for the implementation of the ceasefire agreement in Gaza.", "ceasefire"),
    ],
)
def test_whereas_responding_students_and_deals_carried_out_tell_what_happened(text: str, event_type: str) -> None:
    found = modalities(text, event_type)
    assert found and all(modality == ASSERTED for _, modality in found), found


@pytest.mark.parametrize(
    ("text", "event_type", "word"),
    [
        ("سيبقى الموقوفون رهن الاعتقال إلى حين محاكمتهم.", "arrest", "محاكمتهم"),
        ("قال الوزير إنه يريد زيارة القاهرة الشهر المقبل.", "visit", "زيارة"),
        ("The suspects will stay in custody until their trial.", "arrest", "trial"),
        ("The minister said he wants to visit Cairo next month.", "visit", "visit"),
    ],
)
def test_until_and_wanting_still_tell_a_plan(text: str, event_type: str, word: str) -> None:
    found = dict(modalities(text, event_type))
    assert found.get(word) not in (None, ASSERTED), found



@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the verb of asking still tells a demand
        ("وطلب الاتحاد من أنصاره تنظيم مسيرات يوم الجمعة.", "protest"),
        ("The union asked its members to hold a march on Friday.", "protest"),
    ],
)
def test_asking_for_a_march_is_still_a_demand(text: str, event_type: str) -> None:
    found = modalities(text, event_type)
    assert found and all(modality != ASSERTED for _, modality in found), found


@pytest.mark.parametrize(
    ("text", "event_type", "modality"),
    [
        # carrying out a strike or an attack is the deed: the threat or the denial before it reaches it
        ("هدد الاتحاد العام التونسي للشغل يوم الاثنين بتنفيذ إضراب عام.", "protest", "threatened"),
        ("نفت الحركة تنفيذ الهجوم على الجنود في غزة.", "attack", "denied"),
        ("The union threatened to hold a general strike on Monday.", "protest", "threatened"),
    ],
)
def test_carrying_out_a_deed_is_governed_as_the_deed(text: str, event_type: str, modality: str) -> None:
    assert [m for _, m in modalities(text, event_type)] == [modality]


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # protests told as banned name a kind of gathering the ban forbids, none held
        ("Street protests in Algiers have been banned since 2001.", "negated"),
        ("والمظاهرات ممنوعة منذ عام 2001 في العاصمة الجزائرية.", "negated"),
        # protests held are told as held
        ("Street protests in Algiers have continued since February.", ASSERTED),
    ],
)
def test_protests_told_as_banned_are_none_held(text: str, modality: str) -> None:
    assert [m for _, m in modalities(text, "protest")][:1] == [modality]
