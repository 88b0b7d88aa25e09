"""The reference catalog: happenings of no type of the taxonomy, and events it dates by name."""

from __future__ import annotations

import pytest

from events.reference import load_catalog
from tests.unit.test_extraction_support import extract, of_type

# An accident, a disaster or a deed of no type named in a sentence gives no event.
NO_EVENT = [
    ("وتعهد الرئيس بمحاسبة المسؤولين عن انفجار مرفأ بيروت الذي أودى بحياة أكثر من 200 شخص.", "2021-08-03"),
    ("The families of the victims of the Beirut port explosion marched to the parliament.", "2021-08-05"),
    ("وقال الوزير إن الحكومة أعادت بناء المنازل التي دمرها زلزال تركيا وسوريا في المحافظة.", "2024-02-10"),
    ("The government has rebuilt homes destroyed in the 2023 Turkey-Syria earthquake.", "2024-02-10"),
    ("وشارك الآلاف في تشييع ضحايا حادث تحطم مروحية الرئيس الإيراني في تبريز.", "2024-05-21"),
    ("Investigators said the helicopter crash that killed Ebrahim Raisi was caused by bad weather.", "2024-08-15"),
    ("وأعلنت السلطات الليبية ارتفاع عدد ضحايا فيضانات درنة إلى أكثر من أربعة آلاف.", "2023-09-20"),
    ("Relatives of the pilgrims killed in the Mina stampede demanded an inquiry.", "2015-10-01"),
    ("وأمر رئيس الوزراء بفتح تحقيق في حريق مستشفى ابن الخطيب الذي قتل فيه 82 شخصا.", "2021-04-26"),
    ("وطالب أهالي الضحايا بكشف الحقيقة في انفجار مرفأ بيروت.", "2021-08-04"),
    ("ولم يحاسب أحد منذ تفجير الرابع من آب.", "2022-01-10"),
    # named by its words, not by a name: "killed" in the blast at the port is no attack either
    ("وقتل أكثر من مئتي شخص في الانفجار الذي هز مرفأ بيروت.", "2021-08-04"),
    ("More than 200 people were killed when ammonium nitrate exploded at the port of Beirut.", "2021-08-04"),
]


# A strike on a place named in an accident's name is an attack of its own day.
def test_a_strike_on_the_place_of_an_accident_stays_an_attack() -> None:
    found = of_type(extract("شنت طائرات إسرائيلية غارة على مرفأ بيروت فجر اليوم.", "2024-10-05"), "attack")
    assert [e["date"] for e in found] == ["2024-10-05"], found


# Dissolving a parliament and suspending articles of a constitution is none of the types.
NOT_A_TYPE = [
    ("وانتقد نواب سابقون تعليق الحياة النيابية في الكويت.", "2025-12-01"),
    ("Critics said the suspension of Kuwait's parliament hurt public participation.", "2024-09-01"),
]


@pytest.mark.parametrize("text,published", NOT_A_TYPE)
def test_a_deed_of_no_type_named_is_no_event(text: str, published: str) -> None:
    assert not extract(text, published)


# A name the press gave a happening later names another deed before it.
def test_a_name_of_a_later_accident_leaves_an_earlier_bombing() -> None:
    found = of_type(
        extract("وطالب الأمين العام للأمم المتحدة بالتحقيق في تفجير مرفأ بيروت الذي وقع الثلاثاء.", "2018-06-06"),
        "attack",
    )
    assert [e["date"] for e in found] == ["2018-06-05"], found


@pytest.mark.parametrize("text,published", NO_EVENT)
def test_a_named_accident_or_disaster_is_no_event(text: str, published: str) -> None:
    found = extract(text, published)
    assert not of_type(found, "attack"), found


# A catalogued event named by the press's phrasing takes the catalog's day.
DATED = [
    (
        "وأشار التقرير إلى أن الغارة الروسية جنوب الرقة استهدفت اجتماعا لقادة التنظيم.",
        "2017-06-20",
        "attack",
        "2017-05-28",
    ),
    (
        "Moscow said the Russian air strike near Raqqa may have killed the group's leader.",
        "2017-06-16",
        "attack",
        "2017-05-28",
    ),
    ("وأحيا أهالي صعدة ذكرى مجزرة حافلة أطفال ضحيان.", "2019-08-10", "attack", "2018-08-09"),
    # the strike of May 2017 near Raqqa, told before the raid that killed the leader in 2019
    ("وقالت روسيا إنها تتحقق من مقتل البغدادي في غارة على الرقة.", "2017-06-20", "attack", "2017-05-28"),
    (
        "Russia said it was checking reports of the killing of Abu Bakr al-Baghdadi in a strike near Raqqa.",
        "2017-06-20",
        "attack",
        "2017-05-28",
    ),
    ("وقالت المحكمة إن المتهمين شاركوا في هجوم الفرافرة الذي قتل فيه 22 جنديا.", "2015-03-01", "attack", "2014-07-19"),
    (
        "The court sentenced the men who carried out the Farafra checkpoint attack.",
        "2016-01-10",
        "attack",
        "2014-07-19",
    ),
    (
        "وقال الوزير إن تعليق عضوية السودان في الاتحاد الأفريقي أضر بعلاقات الخرطوم مع جيرانها.",
        "2019-08-20",
        "sanctions",
        "2019-06-06",
    ),
    (
        "The Security Council discussed Sudan's suspension from the African Union.",
        "2022-03-01",
        "sanctions",
        "2021-10-27",
    ),
    (
        "Officials welcomed the appointment of James Jeffrey by Secretary Pompeo.",
        "2018-09-01",
        "appointment",
        "2018-08-17",
    ),
    # well-known events of the Gaza and Lebanon wars named by the press
    ("وطالبت المنظمة بمحاسبة المسؤولين عن مقتل الطفلة هند رجب.", "2024-06-01", "attack", "2024-01-29"),
    ("The UN called for an inquiry into the al-Tabi'in school strike.", "2024-09-01", "attack", "2024-08-10"),
    ("وأصيب المئات في تفجيرات أجهزة اللاسلكي في الضاحية الجنوبية.", "2024-10-01", "attack", "2024-09-18"),
    # two raids of one name: the latest before the publication
    ("وكشفت صور الأقمار الصناعية حجم الدمار بعد اقتحام مستشفى الشفاء.", "2024-01-05", "attack", "2023-11-15"),
    ("وكشفت صور الأقمار الصناعية حجم الدمار بعد اقتحام مستشفى الشفاء.", "2024-05-01", "attack", "2024-03-18"),
    # the appointment the catalog dates, told in a relative clause, is that appointment
    (
        "وقال جيمس جيفري، الذي عين ممثلا خاصا لواشنطن في سوريا، إن المحادثات مستمرة.",
        "2018-09-10",
        "appointment",
        "2018-08-17",
    ),
    (
        "James Jeffrey, who was appointed special representative for Syria, said the talks went on.",
        "2018-09-10",
        "appointment",
        "2018-08-17",
    ),
]


@pytest.mark.parametrize("text,published,event_type,day", DATED)
def test_a_catalogued_event_named_takes_its_day(text: str, published: str, event_type: str, day: str) -> None:
    found = of_type(extract(text, published), event_type)
    assert [e["date"] for e in found] == [day], found


# Ceasefires: the day the truce takes effect; the signing of its agreement its own day.
TRUCES = [
    ("yemen_truce_2022", "2022-04-02", "ceasefire"),
    ("moscow_idlib_ceasefire_2020", "2020-03-06", "ceasefire"),
    ("moscow_idlib_agreement_2020", "2020-03-05", "agreement"),
]


@pytest.mark.parametrize("ref_id,day,event_type", TRUCES)
def test_a_truce_takes_the_day_it_takes_effect(ref_id: str, day: str, event_type: str) -> None:
    entry = load_catalog().get(ref_id)
    assert entry is not None and (entry.date, entry.event_type) == (day, event_type)


NOT_OF_THE_TAXONOMY = ["beirut_port_explosion_2020", "kuwait_parliament_suspended_2024", "turkey_syria_earthquake_2023"]


@pytest.mark.parametrize("ref_id", NOT_OF_THE_TAXONOMY)
def test_accidents_and_deeds_of_no_type_are_marked(ref_id: str) -> None:
    entry = load_catalog().get(ref_id)
    assert entry is not None and entry.no_event is not None
