"""A state that protests (احتج العراق على الضربات التركية; Iraq has protested the strikes) makes a
diplomatic complaint, no demonstration; a people named by its demonym (تظاهر العراقيون، Iraqis
protested) is a crowd and protests in the street. A protest lodged by a state (a diplomatic
protest, احتجاج رسمي), a demonstration of strength and a cultural تظاهرة are no crowd either; nor
is the word before the noun of the people who protest (the protest movement, protest leaders)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2022-07-21"


@pytest.mark.parametrize(
    "text",
    [
        "وسبق أن احتج العراق مرات عدة على الضربات التركية في إقليم كردستان.",
        "Iraq has repeatedly protested the Turkish strikes in the Kurdistan region.",
    ],
)
def test_a_state_protesting_is_no_demonstration(text):
    assert of_type(extract(text, PUBLISHED), "protest") == []


@pytest.mark.parametrize(
    "text",
    [
        "واحتج العراقيون أمام السفارة التركية في بغداد أمس الأربعاء على الضربات.",
        "Iraqis protested outside the Turkish embassy in Baghdad on Wednesday against the strikes.",
    ],
)
def test_a_people_protesting_is_a_demonstration(text):
    assert [e["event_type"] for e in of_type(extract(text, PUBLISHED), "protest")] == ["protest"]


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo lodged a diplomatic protest with Beijing on Friday.",
        "Japan lodged a formal protest with China on Friday.",
        "Seoul lodged diplomatic protests with Tokyo on Friday.",
        "North Korea launched cruise missiles on Sunday in what it described as a demonstration of its nuclear deterrent.",
        "قدمت اليابان احتجاجا رسميا لدى الصين يوم الجمعة.",
        "افتتحت وزارة الثقافة تظاهرة ثقافية في صفاقس يوم الجمعة.",
    ],
)
def test_a_protest_lodged_and_a_show_are_no_demonstration(text):
    assert of_type(extract(text, "2022-08-05"), "protest") == []


@pytest.mark.parametrize(
    "text",
    [
        "Thousands protested outside the Japanese embassy in Seoul on Friday.",
        "Thousands joined demonstrations in Seoul on Friday against the missile deployment.",
        "خرجت تظاهرة حاشدة في صفاقس يوم الجمعة رفضا لغلاء الأسعار.",
    ],
)
def test_a_crowd_protesting_near_those_words_stays(text):
    assert [e["event_type"] for e in of_type(extract(text, "2022-08-05"), "protest")] == ["protest"]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Karki's appointment followed talks on Thursday between Paudel, army chief General Ashok Raj Sigdel and "
            'representatives of the "Gen Z" protest movement, who had put her name forward.',
            "2025-09-12",
        ),
        (
            "Sudan's intelligence chief Salah Gosh resigned on Saturday. Gosh oversaw a crackdown on the protest "
            "movement in which dozens of people were killed.",
            "2019-04-14",
        ),
        ("Protest leaders in Khartoum said on Saturday they would keep up the sit-in.", "2019-04-14"),
        ("Protest groups in Khartoum met the military council on Saturday.", "2019-04-14"),
    ],
)
def test_the_word_before_the_people_who_protest_is_no_demonstration(text, published):
    assert of_type(extract(text, published), "protest") == []


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Students protested outside parliament in Khartoum on Monday, protest leaders said.", "2019-04-14"),
        ("Thousands joined a protest organised by students in Khartoum on Monday.", "2019-04-14"),
        ("Thousands joined a protest in Khartoum on Monday, the movement said.", "2019-04-14"),
        ("تظاهر آلاف الطلاب في الخرطوم يوم الاثنين، بحسب قادة الحركة الاحتجاجية.", "2019-04-14"),
        ("ونظم مئات الطلاب حركة احتجاجية أمام مقر الحكومة في الخرطوم يوم الاثنين.", "2019-04-14"),
    ],
)
def test_a_protest_told_beside_those_people_stays(text, published):
    assert [e["date"] for e in of_type(extract(text, published), "protest")] == ["2019-04-08"]


@pytest.mark.parametrize(
    "text",
    [
        "احتجت وزارة الخارجية الإيرانية يوم الاثنين على تصريحات الوزير البريطاني.",
        "واحتجت الخارجية الأردنية رسميا لدى إسرائيل أمس الأربعاء.",
        "احتجت الحكومة العراقية أمس الأربعاء على القصف التركي.",
        "The Egyptian foreign ministry protested to Ethiopia on Wednesday over the dam.",
    ],
)
def test_a_government_or_its_foreign_ministry_protesting_is_no_demonstration(text):
    assert of_type(extract(text, PUBLISHED), "protest") == []


@pytest.mark.parametrize(
    "text",
    [
        "احتج مئات الأردنيين أمام وزارة الخارجية في عمان أمس الأربعاء.",
        "Hundreds of Egyptians protested outside the foreign ministry in Cairo on Wednesday.",
    ],
)
def test_a_crowd_protesting_at_a_ministry_is_a_demonstration(text):
    assert [e["event_type"] for e in of_type(extract(text, PUBLISHED), "protest")] == ["protest"]
