"""A verb of signing keeps the whole document of several words it governs (ووقعا عقبها أربع
مذكرات تفاهم), reaches a document in the dual across a long subject of title and names, and a
deal described by a relative clause of its signing (بموجب مذكرة تفاهم وقعها الطرفان في نوفمبر
2019) is an event of its own beside the sentence's deed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.text.normalize import fold
from events.triggers import find_triggers, load_triggers


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("وعقد الجانبان جلسة مباحثات، ووقعا عقبها أربع مذكرات تفاهم في مجالات الطاقة والصحة.", "ووقعا"),
        ("وقع الوزيران أمس ثلاث مذكرات تفاهم للتعاون.", "وقع"),
        ("The two ministers signed four memoranda of understanding on energy.", "signed"),
    ],
)
def test_the_verb_of_signing_takes_the_whole_document(text, trigger):
    found = [t for t in find_triggers(text, fold(text), load_triggers()) if t.event_type == "agreement"]
    assert [(t.text, t.tense) for t in found] == [(trigger, "past")]


@pytest.mark.parametrize(
    "text",
    [
        "ويأتي القرار بعد أن وقع الرئيس رجب طيب أردوغان والسراج في إسطنبول يوم 27 نوفمبر الماضي مذكرتي تفاهم.",
    ],
)
def test_a_long_subject_stands_between_the_verb_and_two_documents(text):
    found = [t for t in find_triggers(text, fold(text), load_triggers()) if t.event_type == "agreement"]
    assert [(t.text, t.tense) for t in found] == [("وقع", "past")]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "وكانت تركيا قد أرسلت مطلع العام الجاري مستشارين عسكريين لدعم حكومة الوفاق بموجب مذكرة تفاهم "
            "أمني وقعها الطرفان في نوفمبر/تشرين الثاني 2019، فيما تتهم تقارير أممية مرتزقة بالقتال.",
            "2020-08-22",
            "2019-11",
        ),
    ],
)
def test_a_deal_signed_in_its_relative_clause_is_told_beside_the_deed(text, published, date):
    events = extract(text, published)
    assert [e["date"] for e in of_type(events, "agreement")] == [date]
    assert of_type(events, "deployment")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("أكد الوزير أن العلاقات لا يجب أن تتأثر بصفقة أبرمتها أنقرة مع روسيا لشراء صواريخ.", "asserted"),
        ("The ministers want a deal signed by all sides.", "planned"),
    ],
)
def test_a_relative_clause_of_signing_tells_the_deal_done(text, modality):
    found = [t for t in find_triggers(text, fold(text), load_triggers()) if t.event_type == "agreement"]
    assert found and {t.modality for t in found} == {modality}
