"""Arabic: event words an Arabic outlet uses that the lexicon missed — a
legislature's ratification of whatever it ratifies, an arrival told by its reception, a
court's order to jail, representation raised to ambassadors, drones launched, a ceasefire
reached, a runoff, a return to the Arab League — and a deed told after `قبل أن` (real
resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.text.normalize import fold
from events.triggers import find_triggers, load_triggers


def _types(text: str) -> list[tuple[str, str]]:
    return [(t.event_type, t.modality) for t in find_triggers(text, fold(text), load_triggers())]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        # a legislature ratifies an accession, with no agreement word near
        ("وصادق مجلس الشيوخ البولندي أمس على انضمام أوكرانيا إلى المنظمة.", "2023-05-11", "ratification", ["2023-05-10"]),
        ("وصادق البرلمان الفنلندي على انضمام فنلندا إلى الحلف في يناير الماضي.", "2023-05-11", "ratification", ["2023-01"]),
        # a cabinet's approval of the deal, its name set apart by several words
        (
            "وقالت وسائل إعلام إن موافقة المجلس الوزاري الأمني الإسرائيلي المصغر على الاتفاق مع مصر جاءت أمس.",
            "2023-05-11",
            "ratification",
            ["2023-05-10"],
        ),
        # the arrival told by those who received the guest
        (
            "وكان ملك الأردن في مقدمة مستقبلي الرئيس الفرنسي لدى وصوله إلى مطار عمان الدولي أمس.",
            "2023-05-11",
            "visit",
            ["2023-05-10"],
        ),
        ("وحط الرئيس البرازيلي رحاله أمس في العاصمة المغربية الرباط.", "2023-05-11", "visit", ["2023-05-10"]),
        # a court or a prosecutor orders a person held, or the authorities commit him to prison
        ("أمرت محكمة جزائرية أمس بحبس الصحفي المعارض على ذمة التحقيق.", "2023-05-11", "arrest", ["2023-05-10"]),
        ("قررت النيابة العامة في تونس أمس حبس رئيس الحزب المعارض.", "2023-05-11", "arrest", ["2023-05-10"]),
        ("أودعت السلطات المصرية أمس الناشط الحقوقي السجن.", "2023-05-11", "arrest", ["2023-05-10"]),
        # representation raised, ambassadors named on both sides
        ("أعلنت السعودية وإيران أمس رفع مستوى علاقاتهما الدبلوماسية إلى مستوى السفراء.", "2023-05-11", "relations", ["2023-05-10"]),
        ("وتبادلت الإمارات وقطر أمس تعيين السفيرين.", "2023-05-11", "relations", ["2023-05-10"]),
        # drones launched at a country
        ("أطلق الحوثيون أمس مسيرات على جنوب إسرائيل.", "2023-05-11", "attack", ["2023-05-10"]),
        ("وأطلقت روسيا أمس عشرات الطائرات المسيرة على أوكرانيا.", "2023-05-11", "attack", ["2023-05-10"]),
        # a ceasefire announced as reached
        ("أعلن الجيش السوداني أمس التوصل إلى وقف لإطلاق النار في الخرطوم.", "2023-05-11", "ceasefire", ["2023-05-10"]),
        # a runoff
        ("وفاز المرشح المعارض في جولة الإعادة التي جرت في تركيا في 28 مايو.", "2023-06-01", "election", ["2023-05-28"]),
        # a return to the Arab League
        ("وعادت سوريا إلى جامعة الدول العربية في مايو 2023.", "2023-06-01", "relations", ["2023-05"]),
    ],
)
def test_an_event_told_in_the_words_an_arabic_outlet_uses(text, published, event_type, dates):
    found = of_type(extract(text, published), event_type)
    assert sorted(e["date"] for e in found) == dates, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reaching sought, called for or hoped for is not a ceasefire reached
        ("تبذل قطر ومصر جهودا مكثفة للتوصل إلى هدنة في غزة.", []),
        ("دعا الأمين العام للأمم المتحدة إلى التوصل إلى وقف لإطلاق النار في السودان.", [("ceasefire", "demanded")]),
        # `قبل أن` after a verb in the future: still to come
        ("سيزور الرئيس الفرنسي الرياض غدا قبل أن يتوجه إلى الدوحة.", [("visit", "planned"), ("visit", "planned")]),
        # `قبل أن` in a sentence telling the past: what came next
        ("وعينه الرئيس نائبا له، قبل أن يستقيل في مارس الماضي.", [("appointment", "asserted"), ("appointment", "asserted")]),
        ("وزار الرئيس الصيني الرياض في ديسمبر، قبل أن يستقبل الرئيس الإيراني في بكين.", [("visit", "asserted"), ("meeting", "asserted")]),
        # `قبل أن` after a wish told in the present: still to come
        ("وتريد واشنطن إنهاء الحرب قبل أن يتسلم الرئيس الجديد منصبه.", [("appointment", "planned")]),
        # an order of the court that is not one to hold anybody
        ("أمر القاضي بحبس الأنفاس حتى صدور الحكم.", []),
    ],
)
def test_the_modality_of_the_new_words(text, expected):
    assert _types(text) == expected


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a ratification still to come or refused is none
        ("ولم يصادق البرلمان المجري بعد على انضمام السويد.", "2023-05-11"),
        ("ومن المقرر أن يصادق مجلس النواب على الاتفاقية الأسبوع المقبل.", "2023-05-11"),
    ],
)
def test_a_ratification_not_done_is_no_event(text, published):
    assert of_type(extract(text, published), "ratification") == []


def test_a_context_word_beginning_with_a_letter_like_a_proclitic_is_found_with_the_article():
    # the ratification needs an agreement word near: `البروتوكول` is one, its ب a letter of the word
    assert ("ratification", "asserted") in _types("صادقت الحكومة أمس على البروتوكول الإضافي.")


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        # committed to prison, remanded in custody
        ("زجت السلطات الإيرانية أمس بالصحفية في السجن.", "2023-05-11", "arrest", ["2023-05-10"]),
        ("وقررت النيابة العامة المصرية أمس حبس الباحث 15 يوما على ذمة التحقيق.", "2023-05-11", "arrest", ["2023-05-10"]),
        # a legislature votes for an accession
        ("صوت البرلمان المجري أمس لصالح انضمام السويد إلى الحلف.", "2023-05-11", "ratification", ["2023-05-10"]),
        # rounds of a dialogue
        ("وجرت بين السعودية وإيران خمس جولات من الحوار في بغداد عام 2021.", "2023-05-11", "meeting", ["2021"]),
        ("واستضافت مسقط جولات الحوار بين إيران والولايات المتحدة عام 2021.", "2023-05-11", "meeting", ["2021"]),
        # a town overrun
        ("واجتاحت القوات الإسرائيلية أمس بلدة في جنوب لبنان.", "2023-05-11", "attack", ["2023-05-10"]),
    ],
)
def test_more_words_of_an_event(text, published, event_type, dates):
    found = of_type(extract(text, published), event_type)
    assert sorted(e["date"] for e in found) == dates, found


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a flood or a wave of protests overruns no town
        ("اجتاحت السيول مناطق واسعة في شرق ليبيا أمس.", "attack"),
        ("واجتاح وباء الكوليرا عشر محافظات يمنية.", "attack"),
        # forces received on their arrival are no visitors
        ("واستهدفت المدفعية التركية القوات الشعبية لدى وصولها إلى منطقة عفرين.", "visit"),
        # a bank's deposit is nobody jailed
        ("أمر البنك المركزي المصري أمس بإيداع الأموال في حساب خاص.", "arrest"),
    ],
)
def test_words_of_the_same_form_that_name_no_such_event(text, event_type):
    assert of_type(extract(text, "2023-05-11"), event_type) == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a border still closed since a year was closed that year
        ("والحدود البرية بين الجزائر والمغرب مغلقة منذ عام 1994.", ["1994"]),
        ("ولا تزال المعابر بين تركيا وأرمينيا مغلقة منذ عام 1993.", ["1993"]),
    ],
)
def test_a_border_closed_since_a_year(text, dates):
    found = of_type(extract(text, "2021-08-25"), "sanctions")
    assert sorted(e["date"] for e in found) == dates, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an exchange or a visit still being arranged is still to come
        ("واتفق الوزيران على عقد اجتماع وترتيب تبادل السفراء.", [("agreement", "asserted"), ("meeting", "planned"), ("relations", "planned")]),
        ("وبحث الجانبان ترتيبات زيارة الرئيس المصري إلى أنقرة.", [("visit", "planned")]),
    ],
)
def test_what_is_being_arranged_is_planned(text, expected):
    assert _types(text) == expected


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        # voters cast their ballots
        ("واقترع الناخبون في البرتغال أمس لاختيار برلمان جديد.", "election", ["2023-05-10"]),
        # a ruler gives up the throne
        ("وتنازل ملك الدنمارك أمس عن العرش لابنه.", "appointment", ["2023-05-10"]),
        # ties normalised, told by the verb
        ("وطبعت البحرين علاقاتها مع إسرائيل في سبتمبر 2020.", "relations", ["2020-09"]),
        # a press prints no ties
        ("وتطبع المطبعة الحكومية في الرباط آلاف النسخ أسبوعيا.", "relations", []),
    ],
)
def test_a_verb_of_the_event_itself(text, event_type, dates):
    found = of_type(extract(text, "2023-05-11"), event_type)
    assert sorted(e["date"] for e in found) == dates, found
