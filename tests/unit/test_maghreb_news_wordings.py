"""Wordings of the Maghreb press. A court that convicted someone («أدانت محكمة الاستئناف الصحفي
...») tried them: an arrest, while «أدانت الحكومة الهجوم» stays a condemnation. A gift from a state
(«هبة من الصين») is aid, not «هبة شعبية», a popular uprising. The mountains of Tunisia's
insurgency (الشعانبي، سمامة، المغيلة) place the attacks there."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2024-03-15"  # a Friday


@pytest.mark.parametrize(
    ("text", "event_type", "country"),
    [
        ("الرباط - أدانت محكمة الاستئناف بالدار البيضاء الصحفي توفيق بوعشرين الخميس.", "arrest", "MAR"),
        ("القاهرة - أدانت محكمة مصرية 20 متهما بينهم الناشط علاء عبد الفتاح الخميس.", "arrest", "EGY"),
        # the court named before the verb, and the verb written دان
        ("الرباط - وكانت المحكمة قد دانت الصحفي توفيق بوعشرين الخميس.", "arrest", "MAR"),
        ("القاهرة - دانت محكمة الجنايات الناشط علاء عبد الفتاح الخميس.", "arrest", "EGY"),
        # a word of the excluded kind further back in the clause bars nothing
        ("القاهرة - وقال محامي الدفاع إن المحكمة دانت موكله الخميس بتهمة التجسس.", "arrest", "EGY"),
        ("تونس - تسلمت تونس الخميس شحنة من التلاقيح هبة من الصين.", "aid", "TUN"),
        ("تونس - استشهد عسكري في انفجار لغم بجبل الشعانبي الخميس.", "attack", "TUN"),
        ("Two soldiers were killed by a landmine on Mount Chaambi on Thursday.", "attack", "TUN"),
    ],
)
def test_maghreb_wordings_tell_their_deed(text: str, event_type: str, country: str) -> None:
    found = of_type(extract(text, PUB), event_type)
    assert [(e["date"], country in e["countries"]) for e in found] == [("2024-03-14", True)], extract(text, PUB)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("أدانت الحكومة التونسية الهجوم على الكنيسة الخميس.", "arrest"),
        ("ودان البيان التونسي الهجوم على المحكمة الخميس.", "arrest"),
        ("وقالت المحكمة التونسية إنها دانت المتهمين الخميس.", "arrest"),
        # the court the genitive of another noun: the verb is another's condemnation
        ("القاهرة - بعد صدور قرار المحكمة أدانت الولايات المتحدة الحكم الخميس.", "arrest"),
        ("القاهرة - أعلن رئيس المحكمة أدانته للهجوم على الكنيسة الخميس.", "arrest"),
        ("شهدت تونس هبة شعبية ضد الغلاء الخميس.", "aid"),
    ],
)
def test_a_condemnation_or_an_uprising_is_none_of_them(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUB), event_type) == []


@pytest.mark.parametrize(
    "text",
    [
        "وقالت هبة من مخيم جباليا إن القصف استمر الخميس.",  # Heba, a woman's name
        "اندلعت هبة من الغضب في القدس الخميس.",  # a surge of anger
    ],
)
def test_heba_and_a_surge_are_no_aid(text: str) -> None:
    assert of_type(extract(text, PUB), "aid") == []
