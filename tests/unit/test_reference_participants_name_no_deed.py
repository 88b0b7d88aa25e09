"""Links to the reference catalog: keywords that only name an entry's participants (a country, its
capital, a bloc named for its part in the event) do not tell which of their deeds a sentence tells;
they support the entry only when the event word names its deed (a word of its name or aliases). A
disappearance is no attack: it names no killing of the catalog."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.reference import load_catalog, match_reference


def _linked(text: str, published: str) -> list[str]:
    return sorted(e["reference_id"] for e in extract(text, published) if e.get("reference_id"))


@pytest.mark.parametrize(
    ("text", "published", "gone"),
    [
        # the boycotting states, named as a bloc, doing a later deed
        ("وأدرجت الرباعية العربية الداعية لمكافحة الإرهاب الشيخ على قوائم الإرهاب.", "2018-05-10", "qatar_boycott_2017"),
        ("The Arab Quartet added the cleric to its list of terrorists.", "2018-05-10", "qatar_boycott_2017"),
        # a later measure against Qatar, named by its country and capital alone
        ("واتهمت الدوحة الرياض بمنع القطريين من أداء الحج بعد إغلاق الحدود البرية بوجه الحجاج.", "2018-08-18", "qatar_boycott_2017"),
        ("Doha accused Riyadh of barring Qatari pilgrims by closing the land border to them.", "2018-08-18", "qatar_boycott_2017"),
        ("وأعلنت بنوك سعودية ايقاف التعامل مع مصارف قطرية.", "2017-06-20", "qatar_boycott_2017"),
    ],
)
def test_participants_alone_name_no_deed(text, published, gone):
    assert gone not in _linked(text, published)


@pytest.mark.parametrize(
    ("text", "published", "kept"),
    [
        # the catalogued deed told by its own word, with the countries alone
        ("وتدهورت العلاقات بعد أن قطعت السعودية وعدد من الدول العربية العلاقات مع الدوحة.", "2018-10-03", "qatar_boycott_2017"),
        ("وقال ممثلو الإمارات إن بلادهم قطعت علاقاتها مع قطر بسبب دعمها للإرهاب.", "2018-06-28", "qatar_boycott_2017"),
        ("Relations soured after Riyadh, Abu Dhabi, Manama and Cairo cut ties with Doha.", "2018-10-03", "qatar_boycott_2017"),
        # a deed keyword beside the bloc, and an alias
        ("وتفاقمت الأزمة بعد فرض الحصار على قطر من الدول الأربع.", "2018-06-28", "qatar_boycott_2017"),
        # a participle naming the deed names it as well: the boycotting states
        ("وقالت الكويت إن الدوحة تتفهم هواجس الدول المقاطعة لها.", "2017-06-11", "qatar_boycott_2017"),
        # on the entry's own day, a measure of its states is part of it
        ("وقررت الخطوط السعودية تعليق جميع الرحلات إلى الدوحة.", "2017-06-05", "qatar_boycott_2017"),
        ("The minister held talks in Washington regarding the blockade of Qatar.", "2018-03-14", "qatar_boycott_2017"),
    ],
)
def test_the_deed_word_keeps_the_link(text, published, kept):
    assert kept in _linked(text, published)


def test_without_an_event_word_the_catalog_matches_as_before():
    catalog = load_catalog()
    entry = match_reference(
        catalog, "sanctions", ["SAU", "ARE", "BHR", "EGY", "QAT"],
        "وأدرجت الرباعية العربية الشيخ على قوائم الإرهاب.", "2018-05-10", "ar",
    )
    assert entry is not None and entry.id == "qatar_boycott_2017"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وقالت السفارة إن تقارير اختفاء جمال خاشقجي داخل القنصلية خاطئة.", "2018-10-03"),
        ("وشكر الوزير الملك على إجراء تحقيق شامل بشأن قضية اختفاء جمال خاشقجي.", "2018-10-16"),
        ("The embassy said reports of the disappearance of Jamal Khashoggi were false.", "2018-10-03"),
    ],
)
def test_a_disappearance_is_no_killing_of_the_catalog(text, published):
    assert "khashoggi_killed_2018" not in _linked(text, published)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وأثار مقتل جمال خاشقجي في القنصلية غضبا دوليا.", "2018-10-25"),
        ("The murder of Jamal Khashoggi sparked outrage.", "2018-10-25"),
    ],
)
def test_the_killing_keeps_its_link(text, published):
    assert "khashoggi_killed_2018" in _linked(text, published)
