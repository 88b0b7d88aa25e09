"""SCHEMA.md's `arrest` is the arrest, detention or trial of a named person: a count of
people that names no one ("إيقاف 9 مهربين", "arrested 14 Iranians") is no event, while a
named person, or names listed after the count, make one. (A count of persons of public
life, "police detained dozens of protesters", "اعتقلت الشرطة ثلاثة ناشطين", stands as the
patient: see test_english_ratifications_and_labour_strikes.py and test_arabic_counted_arrests_and_shared_body_names.py.)"""

from __future__ import annotations

import pytest

from tests.unit.test_extraction_support import extract, of_type

PUBLISHED = "2018-05-10"


@pytest.mark.parametrize(
    "text",
    [
        "تم إيقاف 9 مهربين في تمنراست أمس.",
        "أعلنت السلطات البحرينية، السبت، اعتقال 14 إيرانيا دخلوا البلاد بجوازات سفر مزورة.",
        "اعتقلت القوات الإسرائيلية عشرة فلسطينيين في الخليل الاثنين.",
        "Bahraini authorities arrested 14 Iranians who entered the country on forged passports on Saturday.",
        # a long aside between the verb and its object
        "اعتقلت السلطات المصرية أمس، وهي التي تواجه انتقادات متزايدة من منظمات حقوق الإنسان الدولية بسبب أوضاع"
        " السجون ومعاملة المهاجرين، أكثر من 300 مهاجر في القاهرة.",
    ],
)
def test_a_count_of_unnamed_people_is_no_arrest_event(text):
    assert not of_type(extract(text, PUBLISHED), "arrest"), text


@pytest.mark.parametrize(
    "text",
    [
        # a named person
        "ألقت قوات الأمن المصرية القبض على هشام جنينة أمس.",
        "Egyptian security forces arrested Hisham Geneina on Wednesday.",
        # names listed after the count and its adjectives
        "وتم اعتقال 3 قادة ميدانيين في تنظيم داعش، هم السوري محمد حسين القدير والعراقي عمر الكربولي.",
        "Iraqi forces arrested three Islamic State commanders, including the Syrian Mohammed Hussein al-Qadir, on Wednesday.",
        # an unnamed single person is not a count
        "اعتقلت السلطات الإيرانية فتاة نشرت مقاطع فيديو لها وهي ترقص.",
        # a count that is not the object of the arrest
        "اعتقلت الشرطة التركية الصحفي أحمد ألتان بعد مقتل 5 أشخاص في هجوم.",
    ],
)
def test_a_named_person_or_a_list_of_names_makes_an_arrest_event(text):
    assert of_type(extract(text, PUBLISHED), "arrest"), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the unnamed trial told first takes its retelling along
        ("قضت محكمة تركية الأربعاء بالسجن على 14 مهربا في إزمير. وتندد الصحيفة بما تعتبره محاكمة سياسية.", 0),
        # a named arrest told first stays, whatever unnamed one is told after it
        ("اعتقلت السلطات الإيرانية الناشطة نرجس محمدي أمس. واعتقلت السلطات الإيرانية 35 امرأة حاولن حضور مباراة.", 1),
        ("Iranian authorities arrested the activist Narges Mohammadi on Wednesday. Iranian police also detained 35 women at a stadium.", 1),
    ],
)
def test_an_unnamed_arrest_goes_with_its_retellings_but_never_with_a_named_one(text, expected):
    assert len(of_type(extract(text, PUBLISHED), "arrest")) == expected, text


@pytest.mark.parametrize(
    "text",
    [
        "قضت محكمة تركية الأربعاء بالسجن على 14 صحافيا في جريدة جمهورييت. ومن بين المدانين مدير الصحيفة أكين أتالاي.",
        "A Turkish court on Wednesday jailed 14 journalists of the Cumhuriyet newspaper. Among those jailed was its editor Murat Sabuncu.",
    ],
)
def test_names_that_open_the_next_sentence_name_the_persons_of_a_count(text):
    assert of_type(extract(text, PUBLISHED), "arrest"), text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed count, told by a bare number, as the subject of an English passive
        ("Thousands have been detained in Turkey since the coup attempt.", 0),
        # names after the event word, or a named person, still make one
        ("Three journalists were jailed in Egypt on Monday, including Alaa Abd El-Fattah.", 1),
        ("The journalist Ahmet Altan was detained in Istanbul on Monday.", 1),
        # a count that is another clause's subject
        ("Five people were killed and the bomber Salman Abedi's brother was arrested in Tripoli on Monday.", 1),
    ],
)
def test_an_unnamed_count_before_an_english_passive_is_no_arrest(text, expected):
    assert len(of_type(extract(text, PUBLISHED), "arrest")) == expected, text
