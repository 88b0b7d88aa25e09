"""A verb of calling or threatening governs the deeds of its complement, opened by إلى, to or
the proclitic ب, however many words of the verb's subject and object stand before the opener
("ودعا مجلس الأمن الدولي والاتحاد الأفريقي البلدين إلى وقف فوري للأعمال العدائية والعودة إلى
طاولة المفاوضات", "ولوح الرئيس التركي رجب طيب أردوغان مرارا بشن عملية برية", "urged Sudan and
South Sudan to halt hostilities immediately and return to the negotiating table"): the deeds
called for or threatened are not done. A deed told after a preposition in ب of its own (بعد
الهجوم) is no part of the complement. A verb of seeking takes its aim so too (سعت إلى، تسعى لـ): a deed
named with no opener is no aim of it, and the word is another verb (وسعت الولايات المتحدة العقوبات,
expanded the sanctions, is no و + سعت)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.text.normalize import fold
from events.triggers import find_triggers, load_triggers

PUBLISHED = "2022-12-20"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "واستعاد الجيش السوداني السيطرة على هجليج بعد معارك مع قوات جنوب السودان. "
            "ودعا مجلس الأمن الدولي والاتحاد الأفريقي البلدين إلى وقف فوري للأعمال العدائية والعودة إلى طاولة المفاوضات في أديس أبابا.",
            "meeting",
        ),
        ("ولوح الرئيس التركي رجب طيب أردوغان مرارا بشن عملية برية جديدة في شمالي سوريا.", "attack"),
        (
            "The UN Security Council urged Sudan and South Sudan to halt hostilities immediately and return to the negotiating table in Addis Ababa.",
            "meeting",
        ),
    ],
)
def test_a_deed_in_the_complement_of_a_call_or_a_threat_is_not_done(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUBLISHED), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("وطالب وزير الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني بعد الهجوم على السفارة القطرية في بغداد أمس بفتح تحقيق.", "attack"),
        ("وقال أردوغان إن القوات التركية قامت بشن عملية برية في شمالي سوريا أمس.", "attack"),
    ],
)
def test_a_deed_outside_the_complement_stays(text: str, event_type: str) -> None:
    assert len(of_type(extract(text, PUBLISHED), event_type)) == 1


# the caller and the called named at length: up to nine words between the verb and its opener
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الأطراف في اليمن إلى وقف إطلاق النار.", "ceasefire"),
        ("وطالب وزير الخارجية الفرنسي أمس الأطراف الليبية كافة بالعودة إلى طاولة المفاوضات.", "meeting"),
        ("UN Secretary-General Antonio Guterres called on all the warring parties in Yemen and their backers to agree to a ceasefire.", "ceasefire"),
    ],
)
def test_a_long_named_caller_still_calls(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUBLISHED), event_type) == []


# a verb of telling joined to the call opens a clause of its own: its deed is told done
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("ودعا الأمين العام الأطراف في اليمن إلى ضبط النفس وأعلن التحالف وقف إطلاق النار أمس.", "ceasefire"),
        ("ودعا وزير الخارجية التركي الأطراف في سوريا إلى التهدئة فيما شنت الطائرات الروسية غارات على إدلب أمس.", "attack"),
        ("ودعا الأمين العام الأطراف في اليمن إلى ضبط النفس؛ وأعلن التحالف وقف إطلاق النار أمس.", "ceasefire"),
        ("The UN chief urged restraint in Yemen and the coalition announced a ceasefire on Monday.", "ceasefire"),
        ("The Turkish foreign minister urged calm in Syria, while Russian jets carried out air strikes on Idlib on Monday.", "attack"),
    ],
)
def test_a_deed_of_a_new_clause_after_a_call_is_done(text: str, event_type: str) -> None:
    assert len(of_type(extract(text, PUBLISHED), event_type)) == 1


# a verb of stressing carried on by its complement stays in the call's clause
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("ودعا وزير الخارجية الأطراف الليبية إلى ضبط النفس وشدد على ضرورة العودة إلى المفاوضات.", "meeting"),
        ("The minister urged the Libyan parties to show restraint and stressed that they should return to talks.", "meeting"),
    ],
)
def test_a_call_carried_on_by_a_verb_of_stressing_is_no_deed(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUBLISHED), event_type) == []


# appealing, pleading, imploring, begging a party, an appeal made or a party pressed: a call
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("UN Secretary-General Antonio Guterres appealed to Russia and Ukraine for a ceasefire on Monday.", "ceasefire"),
        ("The Pope appealed to the leaders of the two warring parties in Sudan for a ceasefire on Monday.", "ceasefire"),
        ("The Pope pleaded with Israel and Hamas for a ceasefire on Monday.", "ceasefire"),
        ("Egypt implored Israel and Hamas to agree a ceasefire on Monday.", "ceasefire"),
        ("Egypt implored Israel and Hamas to halt their air strikes on Monday.", "attack"),
        ("The Pope begged Israel and Hamas for a ceasefire on Monday.", "ceasefire"),
        ("Washington pressed Israel for a ceasefire in Gaza on Tuesday.", "ceasefire"),
        ("Washington pressured Hamas to accept the truce on Tuesday.", "ceasefire"),
        ("Qatar made an appeal to Sudan's army for a ceasefire on Tuesday.", "ceasefire"),
        ("ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش الأطراف في اليمن لوقف إطلاق النار.", "ceasefire"),
        ("وضغطت الولايات المتحدة على إسرائيل لوقف إطلاق النار في غزة يوم الثلاثاء.", "ceasefire"),
        ("وضغطت الولايات المتحدة على إسرائيل لشن هجوم على رفح يوم الثلاثاء.", "attack"),
        ("أطلقت قطر نداء لوقف إطلاق النار في السودان يوم الثلاثاء.", "ceasefire"),
        ("وناشد الأمين العام روسيا وأوكرانيا يوم الاثنين التوصل إلى وقف لإطلاق النار.", "ceasefire"),
        ("وحث وزير الخارجية المصري إسرائيل وحماس يوم الثلاثاء على هدنة في غزة.", "ceasefire"),
    ],
)
def test_an_appeal_or_pressure_calls_for_its_deed(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUBLISHED), event_type) == []


# pressing a deed itself, or ahead with it, is doing it; a party's name in نداء is no call
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Israel pressed its offensive in Gaza on Tuesday.", "attack"),
        ("The army pressed ahead with its offensive in Gaza on Tuesday.", "attack"),
        ("Israel and Hamas agreed a ceasefire on Monday after Egypt pressed both sides.", "ceasefire"),
        ("وضغط الجيش الهجوم على رفح يوم الثلاثاء.", "attack"),
        ("وفاز حزب نداء تونس في الانتخابات البلدية يوم الأحد.", "election"),
        ("وشنت إسرائيل يوم الثلاثاء غارات على غزة لدى وصول الوفد المصري.", "attack"),
    ],
)
def test_a_deed_pressed_on_with_stays(text: str, event_type: str) -> None:
    assert len(of_type(extract(text, PUBLISHED), event_type)) == 1


# a deed recommended has not been done, as one called for has not; a deed done as recommended is
@pytest.mark.parametrize(
    ("text", "event_type", "count"),
    [
        ("An audit by the OAS found manipulation of the count and recommended a new vote in Bolivia.", "election", 0),
        ("The monitors recommended fresh elections in Bolivia on Tuesday.", "election", 0),
        ("The commission's recommendation of fresh elections in Bolivia was welcomed by the opposition.", "election", 0),
        ("أوصت البعثة يوم الثلاثاء بإجراء انتخابات جديدة في بوليفيا.", "election", 0),
        ("Bolivia held a new election on Tuesday, as the monitors had recommended.", "election", 1),
        ("أجرت بوليفيا انتخابات جديدة يوم الثلاثاء كما أوصت البعثة.", "election", 1),
    ],
)
def test_a_recommended_deed_is_not_done(text: str, event_type: str, count: int) -> None:
    assert len(of_type(extract(text, PUBLISHED), event_type)) == count


# (text, event type, modality of its deed)
SOUGHT = [
    ("وسعت الولايات المتحدة العقوبات على إيران", "sanctions", "asserted"),
    ("وسعت واشنطن عقوباتها على روسيا", "sanctions", "asserted"),
    ("The US expanded sanctions on Iran.", "sanctions", "asserted"),
    ("وسعت تركيا إلى إرسال قوات إلى قطر", "deployment", "planned"),
    ("سعت الولايات المتحدة إلى فرض عقوبات", "sanctions", "planned"),
    ("تسعى تركيا لإرسال قوات إلى قطر", "deployment", "planned"),
    ("وتسعى قوات النظام جاهدة لتحقيق هدنة", "ceasefire", "planned"),
    ("The US sought sanctions on Iran.", "sanctions", "planned"),
]


@pytest.mark.parametrize(("text", "event_type", "modality"), SOUGHT)
def test_a_verb_of_seeking_aims_only_through_its_complement(text: str, event_type: str, modality: str) -> None:
    found = [t.modality for t in find_triggers(text, fold(text), load_triggers()) if t.event_type == event_type]
    assert found == [modality]
