"""One event told twice, and words that tell no event.

Told twice: the talks the two sides hold during a visit are the visit's; the results of a vote
told beside it are that election; the oath of one elected or appointed is not another
appointment; "the agreement" announced beside the article's ceasefire is that ceasefire.
No event: a call for a halt to the fighting, a deal not yet approved, an undeclared truce, an
arrangement still to be made, relations under review, a state lasting since an event, the
session in which one state's body decides, a police raid on an office."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "count"),
    [
        # talks of the two sides after the visit: the visit's own talks
        (
            "استقبل الرئيس المصري أمس الاثنين في القاهرة الرئيس الفرنسي. وعقد الرئيسان جلسة محادثات مغلقة تناولت الأوضاع في ليبيا.",
            "2022-03-08",
            "meeting",
            0,
        ),
        (
            "وصل العاهل الأردني أمس الأحد إلى الرياض في زيارة رسمية. ثم عقد الجانبان اجتماعا موسعا بحضور الوفدين.",
            "2022-03-07",
            "meeting",
            0,
        ),
        (
            "The Egyptian president received his French counterpart in Cairo on Monday. The two leaders held talks on Libya.",
            "2022-03-08",
            "meeting",
            0,
        ),
        (
            "The Egyptian president received the Turkish president in Cairo on Wednesday. The two presidents held talks on Gaza and Libya.",
            "2024-02-15",
            "meeting",
            0,
        ),
        # a meeting dated on a day of its own stays
        (
            "استقبل الرئيس المصري أمس الاثنين في القاهرة الرئيس الفرنسي. وكان الرئيسان قد التقيا في باريس في مارس 2019.",
            "2022-03-08",
            "meeting",
            1,
        ),
        # one more participant of the summit told before: that summit
        (
            "وعقدت قمة دول الساحل أمس الأحد في نيامي برئاسة رئيس النيجر. وشارك في القمة وزير الخارجية الأمريكي.",
            "2024-07-08",
            "meeting",
            1,
        ),
        (
            "The Sahel summit was held in Niamey on Sunday. Attending the summit was the prime minister of Mali.",
            "2024-07-08",
            "meeting",
            1,
        ),
        # "the protesters" of the protest told the day before: that protest
        (
            "تظاهر آلاف التونسيين أمس السبت في العاصمة تونس ضد الحكومة. ولم يصدر أي رد من الحكومة على مطالب المحتجين حتى مساء اليوم.",
            "2023-02-05",
            "protest",
            1,
        ),
        # the ceasefire told again as the time of another deed
        (
            "دخلت الهدنة بين الجيش السوداني وقوات الدعم السريع حيز التنفيذ فجر اليوم الأحد. وواصل الطيران الحربي السوداني قصف مواقع الدعم السريع في الخرطوم حتى الساعات الأخيرة قبل سريان الهدنة، إذ شن أمس عشرات الغارات.",
            "2023-05-21",
            "ceasefire",
            1,
        ),
        # the results of a vote told beside it: one election
        (
            "Algerians voted in parliamentary elections on Saturday. The electoral authority announced the results of the vote on Tuesday.",
            "2021-06-16",
            "election",
            1,
        ),
        (
            "أدلى الناخبون الجزائريون يوم السبت بأصواتهم في الانتخابات التشريعية. وأعلنت السلطة أمس الثلاثاء النتائج المؤقتة للانتخابات.",
            "2021-06-16",
            "election",
            1,
        ),
        # the oath of the one just elected: no second event, beside the body's vote and the change
        # of office it made (test_bodies_electing_office_holders.py)
        (
            "انتخب مجلس النواب اللبناني أمس الخميس ميشال عون رئيسا للجمهورية. وأدى عون اليمين الدستورية في قصر بعبدا.",
            "2021-10-14",
            "appointment",
            1,
        ),
        (
            "انتخب مجلس النواب اللبناني أمس الخميس ميشال عون رئيسا للجمهورية. وأدى عون اليمين الدستورية في قصر بعبدا.",
            "2021-10-14",
            "election",
            1,
        ),
        # "the agreement" announced beside the ceasefire: that ceasefire
        (
            "دخل اتفاق وقف إطلاق النار بين إسرائيل وحركة الجهاد الإسلامي حيز التنفيذ فجر اليوم الاثنين. وكانت مصر قد أعلنت مساء أمس الأحد التوصل إلى الاتفاق بعد اتصالات مكثفة.",
            "2022-08-08",
            "agreement",
            0,
        ),
        # a deal of its own named after the ceasefire stays
        (
            "دخل اتفاق وقف إطلاق النار بين إسرائيل وحركة الجهاد الإسلامي حيز التنفيذ فجر اليوم الاثنين. ووقعت مصر والأردن أمس الأحد اتفاقية للتعاون التجاري.",
            "2022-08-08",
            "agreement",
            1,
        ),
    ],
)
def test_one_event_told_twice(text, published, event_type, count):
    assert len(of_type(extract(text, published), event_type)) == count


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a call for a halt to the fighting, quoted or not: no attack by the caller
        ('ودعت فرنسا وألمانيا إلى "وقف فوري" للقتال في السودان.', "attack"),
        ("وطالب الاتحاد الأوروبي بوقف الهجمات على المدنيين في غزة.", "attack"),
        # a deal not yet approved
        ("وطلبت أنقرة شراء طائرات من واشنطن التي لم تعلن بعد موافقتها على الصفقة.", "agreement"),
        ("Ankara asked to buy jets from Washington, which has yet to approve the deal.", "agreement"),
        # an undeclared truce that goes on: no ceasefire declared
        ("وتسود في اليمن منذ أشهر هدنة غير معلنة بين الطرفين.", "ceasefire"),
        # an arrangement still to be made
        ("وكلف الرئيسان وزيري الخارجية ترتيب تبادل السفراء بين السعودية وإيران.", "relations"),
        ("وسيعمل الوزيران على ترتيب تبادل السفراء بين السعودية وإيران.", "relations"),
        # what a deal provides for: its terms, not a second event beside it
        (
            "وأشاد الوزيران بالاتفاق الموقع في بكين في العاشر من مارس الماضي، الذي نص على استئناف العلاقات الدبلوماسية بين الرياض وطهران.",
            "relations",
        ),
        ("The two countries signed a deal in Doha yesterday that provides for the restoration of diplomatic relations.", "relations"),
        # relations under review are not restored
        ("وقرر المجلس الأعلى للأمن الأربعاء الماضي إعادة النظر في العلاقات مع المغرب.", "relations"),
        # a state since an event, with no date: no event of the day
        ("وتعد القاهرة المحطة الثالثة للرئيس منذ توليه الرئاسة.", "appointment"),
        # the session in which one state's body decides: no meeting between sides
        ("قرر المجلس الأعلى للأمن في الجزائر، في اجتماع ترأسه رئيس الجمهورية أمس، إغلاق المجال الجوي أمام الطائرات المغربية.", "meeting"),
        (
            "The High Security Council decided, in a meeting chaired by the president on Wednesday, to close the airspace to Moroccan aircraft.",
            "meeting",
        ),
        # a police raid on an office: no armed attack
        ("واقتحمت قوات الأمن التونسية مكتب قناة العربية في العاصمة أمس وأخرجت العاملين فيه.", "attack"),
        ("Police raided the office of the Qatari channel in Tunis on Monday.", "attack"),
    ],
)
def test_words_that_tell_no_event(text, event_type):
    assert of_type(extract(text, "2021-09-23"), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the same words where they do tell an event
        ("اندلعت اشتباكات عنيفة بين الجيش وقوات الدعم السريع في الخرطوم أمس.", "attack"),
        ("ودخلت الهدنة بين الطرفين في غزة حيز التنفيذ أمس.", "ceasefire"),
        ("وأعادت قطر أمس فتح سفارتها في دمشق بعد إغلاق دام سنوات.", "relations"),
        ("واقتحم مسلحون مقر الشرطة في مدينة العريش أمس وقتلوا ثلاثة من عناصرها.", "attack"),
        ("والتقى وزير الخارجية السعودي نظيره الإيراني في اجتماع في بكين أمس.", "meeting"),
    ],
)
def test_the_same_words_telling_an_event_stay(text, event_type):
    assert len(of_type(extract(text, "2021-09-23"), event_type)) == 1
