"""A country named after an Arabic event word with the preposition ب written on it ("في منطقة
دير الزور بسوريا", "قطع علاقاتها بقطر") or as the adjective of a noun of its land ("على الأراضي
السورية") is where the deed was done or whom it was done to, never its doer: the side named
before the word is. A name whose own first letter is ب (بريطانيا) is no such preposition."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources


def sides(text: str, event_type: str) -> tuple[str | None, str | None]:
    found = [
        e
        for e in extract_article(Article(id="t", text=text, published="2018-05-10"), load_resources())
        if e.event_type == event_type
    ]
    assert found, text
    return found[0].actor1, found[0].actor2


@pytest.mark.parametrize(
    ("text", "event_type", "doer", "target"),
    [
        # ب on the name of the land struck
        (
            "يذكر أن القوة الجوفضائية للحرس الثوري استهدفت مساء أمس الأحد مواقع المسلحين في منطقة دير الزور "
            "بسوريا بستة صواريخ باليستية.",
            "attack",
            "irgc",
            "SYR",
        ),
        # ب on the state ties are cut with
        (
            "أعلنت كل من السعودية والإمارات والبحرين ومصر، فجر اليوم الاثنين، قطع علاقاتها الدبلوماسية بقطر.",
            "sanctions",
            "EGY",
            "QAT",
        ),
        # the adjective of the land struck, after the noun of the deed whose doer comes first
        (
            "ونفذت القوات الجوية العراقية عدة ضربات جوية منذ العام الماضي ضد مواقع للتنظيم على الأراضي السورية.",
            "attack",
            "IRQ",
            "SYR",
        ),
    ],
)
def test_a_country_named_as_where_is_not_the_doer(text, event_type, doer, target):
    assert sides(text, event_type) == (doer, target)


@pytest.mark.parametrize(
    ("text", "event_type", "doer"),
    [
        # a name that begins with ب is the doer it names
        ("وفرضت بريطانيا عقوبات جديدة على إيران يوم الأحد.", "sanctions", "GBR"),
        # the doer named after the verb stays the doer
        ("وقصفت الطائرات التركية مواقع للمسلحين داخل الأراضي العراقية الأحد.", "attack", "TUR"),
        ("وشنت المقاتلات الإسرائيلية غارات على مواقع عسكرية داخل الأجواء السورية يوم الأحد.", "attack", "israel_army"),
        # English: the preposition is a word of its own, and the same holds
        ("Iraqi jets carried out air strikes on Islamic State positions in Syria on Sunday.", "attack", "IRQ"),
        # (the first name of the list before the word: test_english_list_subjects.py)
        ("Saudi Arabia, the UAE, Bahrain and Egypt cut diplomatic ties with Qatar on Monday.", "sanctions", "SAU"),
    ],
)
def test_the_doer_named_before_or_after_the_word_stays(text, event_type, doer):
    assert sides(text, event_type)[0] == doer
