"""Arabic puts the subject of a pluperfect verb between كان and قد ("وكانت مصر قد استدعت
سفيرها"): the name there is the initiator, whatever is named after the verb (an English
subject before its verb is read so already)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "initiator"),
    [
        ("وكانت مصر قد استدعت سفيرها من قطر والسودان للتشاور.", "sanctions", "EGY"),
        (
            "وكان البرلمان الأردني قد صادق أمس، بعد أيام قليلة من بدء الأزمة، على اتفاقية تسمح بنشر قوات على الأراضي السعودية.",
            "ratification",
            "jordan_parliament",
        ),
        ("Egypt had recalled its ambassador from Qatar and Sudan for consultations.", "sanctions", "EGY"),
    ],
)
def test_the_name_between_kana_and_qad_is_the_subject(text, event_type, initiator):
    events = extract(text, "2017-06-08")
    found = of_type(events, event_type)
    assert found and found[0]["actor1"] == initiator, events


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        # a subject right before its verb, after إن or أن, or a list of them after كان: the doer
        (
            "وقال المستشار إن السلطات التركية ألقت القبض على إسماعيل العيثاوي في فبراير، وسلمته لمسؤولين بالمخابرات العراقية.",
            "arrest",
            ("turkey_government", "IRQ"),
        ),
        (
            "وكانت السعودية ومصر والإمارات والبحرين قطعت العلاقات مع قطر يوم الاثنين وأغلقت مجالاتها الجوية أمام الرحلات التجارية من قطر وإليها متهمة الدوحة بتمويل جماعات متشددة.",
            "sanctions",
            ("BHR", "QAT"),
        ),
        # English: the subject before its verb, as read already
        (
            "The adviser said that Turkish authorities arrested Ismail al-Eithawi in February, and handed him over to Iraqi intelligence officials.",
            "arrest",
            ("turkey_government", None),
        ),
        (
            "Saudi Arabia, Egypt, the UAE and Bahrain had cut ties with Qatar on Monday and closed their airspace to commercial flights from and to Qatar.",
            "sanctions",
            ("SAU", "QAT"),
        ),
        # negative rows: a place before the verb is no subject; a verb before its subject keeps it
        ("وفي قطر قطعت السعودية العلاقات مع الدوحة.", "sanctions", ("SAU", "QAT")),
        ("وذكرت المصادر أن إسرائيل قصفت مواقع لحزب الله قرب دمشق أمس.", "attack", ("ISR", "hezbollah")),
    ],
)
def test_the_subject_right_before_its_verb_after_a_particle_is_the_doer(text, event_type, sides):
    events = extract(text, "2017-06-06")
    found = of_type(events, event_type)
    assert found and (found[0]["actor1"], found[0]["actor2"]) == sides, events


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        # a subject opening its sentence before a verb of announcing in the present, whose object is the deed
        (
            "القيادة العامة للقوات المسلحة العربية الليبية تعلن إلقاء القبض على الارهابي المصري هشام عشماوي فجر هذا اليوم الاثنين في عملية امنية في مدينة درنة.",
            "arrest",
            ("LBY", "EGY"),
        ),
        # the deed announced in quotation marks after the subject of the verb of announcing
        (
            'أعلنت القيادة العامة للقوات المسلحة الليبية "إلقاء القبض على الإرهابي المصري هشام عشماوي، فجر الإثنين، في عملية أمنية في مدينة درنة".',
            "arrest",
            ("libyan_national_army", "EGY"),
        ),
        # English: the subject before its verb, as read already
        (
            "The General Command of the Libyan Arab Armed Forces announces the arrest of the Egyptian terrorist Hisham Ashmawy at dawn today, Monday, in a security operation in the city of Derna.",
            "arrest",
            ("libyan_national_army", "EGY"),
        ),
        # negative rows: a verb of announcing before its subject keeps it; a verb after إن keeps the rule above
        ("وفي القاهرة أعلنت الحكومة المصرية طرد السفير التركي.", "sanctions", ("egypt_government", "TUR")),
        ("وقالت مصادر إن قطر تعلن دعم الحوثيين منذ سنوات.", "aid", ("QAT", "houthis")),
    ],
)
def test_the_subject_before_a_verb_of_announcing_is_the_doer(text, event_type, sides):
    events = extract(text, "2018-10-08")
    found = of_type(events, event_type)
    assert found and (found[0]["actor1"], found[0]["actor2"]) == sides, events
