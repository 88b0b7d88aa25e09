"""Event words that tell no event of their type.

A visit whose object is the building of a diplomatic mission is a person calling at a
consulate or an embassy ("اختفى منذ زيارته إلى القنصلية", "since his visit to the consulate"),
no visit of an official to a place. A visit of an official to a country or a city, with a
building named elsewhere in its sentence, is still read. A catalogued crisis a word of
solving takes ("حل للأزمة الخليجية") is the topic of a mediation, not the boycott. The verb of
agreeing whose content is only to study or discuss (اتفقت الدول على دراسة ...) is no agreement
reached."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

OCTOBER = "2018-10-08"


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a person calling at his country's consulate, the building right after the visit's word
        (
            "قال مسؤولون أتراك إن الصحفي السعودي اختفى منذ زيارته إلى القنصلية السعودية في إسطنبول "
            "يوم الثلاثاء الماضي.",
            OCTOBER,
        ),
        # ... with ل joined to the building
        (
            "قال مسؤولون أتراك إن الصحفي السعودي اختفى بعد زيارته للقنصلية السعودية في إسطنبول "
            "يوم الثلاثاء الماضي.",
            OCTOBER,
        ),
        # ... with the visitor named between
        (
            "قال مسؤولون أتراك إن الصحفي السعودي اختفى منذ زيارة الصحفي السعودي إلى السفارة السعودية "
            "في أنقرة يوم الثلاثاء الماضي.",
            OCTOBER,
        ),
        # the building as the verb's direct object, and as the object of a visit a verb of doing takes
        ("قال مسؤولون أتراك إن الصحفي السعودي زار القنصلية السعودية في إسطنبول يوم الثلاثاء الماضي.", OCTOBER),
        (
            "قال مسؤولون أتراك إن الكاتب السعودي قام بزيارة إلى القنصلية السعودية في إسطنبول يوم "
            "الثلاثاء الماضي.",
            OCTOBER,
        ),
        (
            "US officials said the Saudi writer has not been seen since his visit to the Saudi consulate "
            "in Istanbul on Tuesday.",
            OCTOBER,
        ),
        (
            "Turkish officials said the Saudi writer visited the Saudi consulate in Istanbul on Tuesday "
            "to obtain a document.",
            OCTOBER,
        ),
    ],
)
def test_a_call_at_a_mission_is_no_visit(text, published):
    assert of_type(extract(text, published), "visit") == []


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        # a state visit, an embassy named later in the sentence
        (
            "زار وزير الخارجية الأمريكي مايك بومبيو الرياض يوم الثلاثاء والتقى موظفي السفارة الأمريكية.",
            OCTOBER,
            {"USA", "SAU"},
        ),
        (
            "وبدأ الرئيس التركي زيارة رسمية إلى قطر يوم الثلاثاء، والتقى موظفي السفارة التركية في الدوحة.",
            OCTOBER,
            {"TUR", "QAT"},
        ),
        (
            "US Secretary of State Mike Pompeo visited Riyadh on Tuesday and met the staff of the US embassy.",
            OCTOBER,
            {"USA", "SAU"},
        ),
    ],
)
def test_a_state_visit_is_still_read(text, published, countries):
    found = of_type(extract(text, published), "visit")
    assert len(found) == 1 and countries <= set(found[0]["countries"]), found


JUNE = "2017-06-07"


@pytest.mark.parametrize(
    "text",
    [
        # a catalogued crisis as the object of a word of solving: the topic of a mediation
        "وعرض الرئيس الأمريكي على أمير قطر استعداده لإيجاد حل للأزمة الخليجية.",
        "وبحث وزيرا الخارجية الكويتي والعماني سبل حل الأزمة الخليجية.",
        "وأكد أمير الكويت أن بلاده ماضية في جهودها لتسوية الأزمة الخليجية.",
        "The US president offered the emir of Qatar his help to resolve the Gulf crisis.",
        "Kuwait's emir pressed on with his mediation in the Gulf crisis.",
    ],
)
def test_a_crisis_to_resolve_is_no_boycott(text):
    assert of_type(extract(text, JUNE), "sanctions") == []


@pytest.mark.parametrize(
    "text",
    [
        # the deed told beside the crisis it began
        "وقطعت السعودية والإمارات والبحرين ومصر علاقاتها مع قطر يوم الاثنين، ما فجر الأزمة الخليجية.",
        "Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar on Monday, starting the Gulf crisis.",
    ],
)
def test_the_boycott_told_beside_its_crisis_is_still_read(text):
    found = of_type(extract(text, JUNE), "sanctions")
    assert len(found) == 1 and {"SAU", "QAT"} <= set(found[0]["countries"]), found


SEPTEMBER = "2018-09-18"


@pytest.mark.parametrize(
    "text",
    [
        # agreeing only to study or discuss: a procedure, no deal reached
        "واتفقت الدول الأعضاء في مجلس الأمن على دراسة نتائج التحقيق في الغارة التي شنها التحالف في اليمن.",
        "واتفقت الدول الأعضاء في الجامعة العربية على دراسة المقترح السعودي بشأن الأزمة اليمنية.",
        "واتفق وزراء الخارجية العرب يوم الأحد على بحث الخطة الأمريكية للسلام في اجتماعهم المقبل في القاهرة.",
    ],
)
def test_agreeing_with_no_deal_is_no_agreement(text):
    assert of_type(extract(text, SEPTEMBER), "agreement") == []


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("واتفقت روسيا وتركيا يوم الاثنين على إقامة منطقة منزوعة السلاح في إدلب.", {"RUS", "TUR"}),
        ("واتفقت مصر مع السعودية على إنشاء قوة عربية مشتركة.", {"EGY", "SAU"}),
        ("واتفق الطرفان أمس بعد محادثات بين السعودية وإيران في بكين.", {"SAU", "IRN"}),
        ("Russia and Turkey agreed on Monday to set up a demilitarised zone in Idlib.", {"RUS", "TUR"}),
    ],
)
def test_agreeing_on_a_deed_is_still_an_agreement(text, countries):
    found = of_type(extract(text, SEPTEMBER), "agreement")
    assert len(found) == 1 and countries <= set(found[0]["countries"]), found
