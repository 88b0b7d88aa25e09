"""Events told in passing beside another of their sentence: an agreement named with
its participle and date ("الاتفاقية ... الموقعة في 2001") is an event of that date even as the
object of another deed or far from its participle after a long name; a deed in a relative
clause with a date of its own is another event than its sentence's main one of its type."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _dates(found: list[dict], event_type: str) -> set[str | None]:
    return {e["date"] for e in of_type(found, event_type)}


# an agreement named after a long name, its participle agreeing with it (definite, feminine)
@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "وأعلنت الرياض وطهران تفعيل اتفاقية التعاون الأمني الموقعة بينهما في 17 أبريل 2001، "
            "والاتفاقية العامة للتعاون في مجال الاقتصاد والتجارة والاستثمار الموقعة عام 1998.",
            "2023-03-10",
            {"2001-04-17", "1998"},
        ),
        (
            "وأعلنت الرياض وطهران تفعيل معاهدة الصداقة الموقعة في مارس 2005، "
            "والاتفاقية الشاملة للتعاون في مجال النقل والطاقة الموقعة عام 2010.",
            "2022-06-01",
            {"2005-03", "2010"},
        ),
    ],
)
def test_an_agreement_far_from_its_participle_keeps_its_date(text, published, dates):
    assert dates <= _dates(extract(text, published), "agreement")


# the participle of another noun, or past a comma, dates nothing of the event word
@pytest.mark.parametrize(
    ("text", "published", "absent"),
    [
        (
            "وأعلنت الرياض وطهران تفعيل الاتفاق بين البلدين على تبادل السفراء والوثيقة الموقعة عام 1998.",
            "2023-03-10",
            "1998",
        ),
        (
            "ووقع البلدان الاتفاق الأمني، بحضور الوزراء والسفراء الموقعين عام 1998.",
            "2023-03-10",
            "1998",
        ),
    ],
)
def test_a_participle_of_another_noun_does_not_date_the_agreement(text, published, absent):
    assert absent not in _dates(extract(text, published), "agreement")


# the agreement a ratification or a deployment rests on, named with its own signing date
@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "وجاءت المصادقة على مشروع القانون بناءً على بنود اتفاقية التعاون الأمني "
            "الموقعة في 25 ديسمبر 2001، بين وزارتي داخلية تركيا وقطر.",
            "2017-06-07",
            "ratification",
            "2001-12-25",
        ),
        (
            "وأرسلت تركيا قوات إلى قطر بموجب اتفاقية التعاون الأمني الموقعة بين البلدين في 25 ديسمبر 2001.",
            "2017-06-07",
            "deployment",
            "2001-12-25",
        ),
        (
            "Turkey sent troops to Qatar under the defence accord signed in 2014 by the two countries.",
            "2017-06-07",
            "deployment",
            "2014",
        ),
        (
            "The Turkish parliament on Wednesday ratified the bill under the security cooperation "
            "agreement signed on December 25, 2001 between Turkey and Qatar.",
            "2017-06-07",
            "ratification",
            "2001-12-25",
        ),
    ],
)
def test_the_agreement_a_deed_rests_on_is_an_event_of_its_signing_date(text, published, event_type, date):
    found = extract(text, published)
    assert of_type(found, event_type), found
    assert date in _dates(found, "agreement"), found


# no date of its own after the participle, or the deed's own date: one event, as before
@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وجاءت المصادقة على مشروع القانون بناءً على بنود اتفاقية التعاون الأمني الموقعة بين تركيا وقطر.", "2017-06-07"),
        ("وصادق البرلمان، أمس الثلاثاء، على الاتفاقية الموقعة بين تركيا وقطر.", "2017-06-07"),
        ("Turkey sent troops to Qatar under the defence accord signed by the two countries.", "2017-06-07"),
    ],
)
def test_an_agreement_without_a_date_of_its_own_stays_in_the_deed(text, published):
    assert not of_type(extract(text, published), "agreement")


# a deed in a relative clause with a date of its own, beside the sentence's main event of its type
@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "وتحدثت وسائل إعلام عن اغتيال القيادي إسماعيل أوزدان، في حين قال تلفزيون روداو إنه كان قائدا "
            "في وحدات مقاومة سنجار، التي تصدت لتنظيم داعش الذي اجتاح المنطقة عام 2014.",
            "2018-08-17",
            "2014",
        ),
        (
            "وقصف الجيش العراقي مواقع المسلحين في سنجار، التي اجتاحها تنظيم داعش في يونيو 2014.",
            "2018-03-10",
            "2014-06",
        ),
    ],
)
def test_a_dated_relative_clause_tells_another_event(text, published, date):
    assert date in _dates(extract(text, published), "attack")


# a relative clause that tells of the event word before it: one event, dated by its clause
@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("وأحيا السكان ذكرى الهجوم الذي شنه التنظيم على المدينة عام 2014.", "2018-06-10", "2014"),
        ("وتحدث الوزير عن الانتخابات التي جرت في مايو 2018.", "2018-09-15", "2018-05"),
    ],
)
def test_a_relative_clause_of_the_event_word_stays_one_event(text, published, date):
    found = extract(text, published)
    event_type = "attack" if "الهجوم" in text else "election"
    assert [e["date"] for e in of_type(found, event_type)] in ([date], []), found


# a short phrase of the deal's place between its noun and the perfect that signed it
@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "وسبق ذلك اتفاق لوقف إطلاق النار في جبال النوبة وقع في سويسرا في يناير 2002 بوساطة أمريكية سويسرية.",
            "ceasefire",
            "2002-01",
        ),
        ("وسبق ذلك اتفاق للتعاون الأمني في منطقة الخليج وقع في الرياض في مارس 2001.", "agreement", "2001-03"),
    ],
)
def test_a_deal_placed_before_its_signing_verb_takes_its_date(text, event_type, date):
    assert _dates(extract(text, "2005-01-09"), event_type) == {date}


def test_clashes_that_occurred_date_no_deal_before_them():
    text = "ورغم اتفاق وقف إطلاق النار في إقليم دارفور وقعت اشتباكات عنيفة بين الجيش والمتمردين يوم الاثنين."
    assert _dates(extract(text, "2005-01-12"), "ceasefire") <= {None, "2005-01-12"}

