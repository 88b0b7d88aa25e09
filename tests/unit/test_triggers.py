"""Trigger finding and modality: Arabic and English sentences, table-driven."""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events.model import EVENT_TYPES
from events.text.normalize import fold
from events.triggers import (
    ASSERTED,
    DATA_DIR,
    MODALITIES,
    MODALITY_PATH,
    TRIGGERS_PATH,
    _Tokens,
    expand_pattern,
    find_triggers,
    load_modality,
    load_triggers,
)


@pytest.fixture(scope="module")
def lexicon():
    return load_triggers()


def _triggers(text, lexicon):
    return find_triggers(text, fold(text), lexicon)


def _of_type(text, event_type, lexicon):
    found = [m for m in _triggers(text, lexicon) if m.event_type == event_type]
    assert found, f"no {event_type} in {text!r}: {_triggers(text, lexicon)}"
    return found[0]


# (sentence, event type, modality, cue words or None)
CASES = [
    # visit
    ("زار وزير الخارجية التركي الدوحة أمس", "visit", ASSERTED, None),
    ("أجرى سفير تركيا بالدوحة زيارة مفاجئة لمقر القيادة", "visit", ASSERTED, None),
    ("ووصل المبعوث الأممي مارتن غريفيث السبت إلى صنعاء", "visit", ASSERTED, None),
    ("سيزور الرئيس التركي الدوحة الأسبوع المقبل", "visit", "planned", "سـ"),
    ("من المقرر أن يزور الوزير أنقرة الأسبوع المقبل", "visit", "planned", "من المقرر أن"),
    ("لم يزر الرئيس قطر منذ عامين", "visit", "negated", "لم"),
    ("قد يزور الرئيس قطر", "visit", "hypothetical", "قد"),
    ("وقد زار الرئيس قطر في مارس", "visit", ASSERTED, None),
    ("وجاءت زيارته في هذه الزيارة المتوقع استمرارها ثلاثة أيام", "visit", ASSERTED, None),
    ("Kushner visited Qatar on Tuesday.", "visit", ASSERTED, None),
    ("The minister will visit Ankara next week.", "visit", "planned", "will"),
    ("The president did not visit Ankara.", "visit", "negated", "not"),
    # meeting
    ("التقى أمير قطر الرئيس الأمريكي في البيت الأبيض", "meeting", ASSERTED, None),
    ("أجرى الوزيران مباحثات في أنقرة", "meeting", ASSERTED, None),
    ("عقد مجلس الأمن اجتماعا طارئا", "meeting", ASSERTED, None),
    ("وأجرى الرئيس اتصالا هاتفيا مع نظيره التركي", "meeting", ASSERTED, None),
    ("وتستضيف الرياض القمة الخليجية المقبلة", "meeting", "planned", "المقبلة"),
    ("وفي حال فشلت المفاوضات فإن الحرب ستستمر", "meeting", "hypothetical", "وفي حال"),
    ("Qatar held talks with Iran and Turkey.", "meeting", ASSERTED, None),
    ("The summit next month will discuss Yemen.", "meeting", "planned", "next"),
    ("يعتمد ذلك على ما سيتمخض عنه اجتماع سيعقد في طهران اليوم", "meeting", "planned", "سيعقد"),
    ("وقالت إن القمة ستقام في الرياض", "meeting", "planned", "ستقام"),
    ("The talks will take place in Geneva next month.", "meeting", "planned", "will take place"),
    ("The summit will be held in Riyadh on Sunday.", "meeting", "planned", "will be held"),
    ("ورحب بصفقات يتوقع أن يبرمها ولي العهد مع شركات أمريكية", "agreement", "planned", "يتوقع"),
    ("He welcomed deals expected to be signed by the crown prince.", "agreement", "planned", "expected to"),
    ("Officials said the talks, which began on Monday, were constructive.", "meeting", ASSERTED, None),
    # agreement and ratification
    ("ووقعت تركيا وقطر اتفاقية للتعاون العسكري", "agreement", ASSERTED, None),
    ("اتفقت الفصائل الليبية اليوم على إجراء انتخابات في ديسمبر", "agreement", ASSERTED, None),
    ("They signed a memorandum of understanding in Doha.", "agreement", ASSERTED, None),
    ("صادق البرلمان التركي على الاتفاقية العسكرية مع قطر", "ratification", ASSERTED, None),
    ("ودخلت اتفاقية التعاون العسكري حيز التنفيذ", "ratification", ASSERTED, None),
    ("The Turkish parliament ratified the agreement with Qatar.", "ratification", ASSERTED, None),
    ("Turkey's parliament approved a bill allowing Turkish troops to be deployed to a base in Qatar.", "ratification", ASSERTED, None),
    ("وافق البرلمان التركي على مشروع قانون يسمح بنشر قوات تركية في قطر", "ratification", ASSERTED, None),
    # sanctions
    ("قطعت السعودية والإمارات والبحرين ومصر علاقاتها الدبلوماسية مع قطر", "sanctions", ASSERTED, None),
    ("لم تقطع الكويت علاقاتها مع قطر", "sanctions", "negated", "لم"),
    ("فيما أعلنت الأردن وجيبوتي خفض تمثيلها الدبلوماسي مع الدوحة", "sanctions", ASSERTED, None),
    ("منعت هيئة الطيران المدني جميع الطائرات القطرية من الهبوط في مطارات المملكة", "sanctions", ASSERTED, None),
    ("قررت الخطوط السعودية تعليق جميع الرحلات إلى قطر", "sanctions", ASSERTED, None),
    ("هددت الولايات المتحدة بفرض عقوبات على إيران", "sanctions", "threatened", "هددت"),
    ("عقب مقاطعة الرباعي العربي لقطر في يونيو 2017", "sanctions", ASSERTED, None),
    ("Saudi Arabia and its allies cut diplomatic ties with Qatar.", "sanctions", ASSERTED, None),
    ("Trump threatened to impose sanctions on Turkey.", "sanctions", "threatened", "threatened"),
    # ceasefire
    ("دعت الجامعة العربية إلى وقف إطلاق النار", "ceasefire", "demanded", "دعت"),
    ("وأعلن الطرفان هدنة لمدة ثلاثة أيام", "ceasefire", ASSERTED, None),
    ("هدد الجيش بتعطيل اتفاق وقف إطلاق النار", "ceasefire", ASSERTED, None),
    ("If the ceasefire holds, talks will resume.", "ceasefire", "hypothetical", "If"),
    ("They called for a ceasefire in Idlib.", "ceasefire", "demanded", "called for"),
    # election
    ("فاز المرشح الديمقراطي في الانتخابات الرئاسية", "election", ASSERTED, None),
    ("أظهرت النتائج الأولية للانتخابات النيابية تقدم قائمة سائرون", "election", ASSERTED, None),
    ("قبل يومين على الانتخابات التشريعية المقررة في 12 مايو", "election", "planned", "المقررة"),
    ("اتفقت الفصائل الليبية اليوم على إجراء انتخابات في ديسمبر", "election", "planned", "اتفقت"),
    ("Biden won the presidential election.", "election", ASSERTED, None),
    ("They plan to hold elections in December.", "election", "planned", "plan to"),
    ("وأعلن أردوغان ترشحه للانتخابات الرئاسية", "election", "planned", "ترشحه"),
    ("He announced his candidacy for the presidential election.", "election", "planned", "candidacy"),
    ("أعلنت المرشحة للانتخابات البرلمانية انسحابها", "election", "planned", "المرشحة"),
    ("أعلنت انسحابها من الانتخابات الخميس", "election", "planned", "انسحابها"),
    ("The candidate for the Iraqi parliamentary elections spoke on Monday.", "election", "planned", "candidate for"),
    ("She announced her withdrawal from the presidential elections.", "election", "planned", "withdrawal from"),
    # only an election is still to come for its candidates: a withdrawal from a deal is not a plan,
    # it tells of a deal of the past
    ("أعلن ترامب الانسحاب من الاتفاق النووي", "agreement", "left", "الانسحاب"),
    ("Russia pulled out of the grain deal in July.", "agreement", "left", "pulled out of"),
    ("وتتنافس الأحزاب في الانتخابات المبكرة التي ستجري في يونيو", "election", "planned", "التي ستجري"),
    ("The early elections, which will be held in June, are a test.", "election", "planned", "which will be held"),
    ("The elections, which took place in May, were a test.", "election", ASSERTED, None),
    ("ويبدو أن التفاوض مع واشنطن أمر مستحيل", "meeting", "hypothetical", "مستحيل"),
    ("Talks with the United States were impossible, he said.", "meeting", "hypothetical", "impossible"),
    ("A ceasefire in Yemen is unlikely this year.", "ceasefire", "hypothetical", "unlikely"),
    ("بهدف وضع مسودة خريطة طريق نحو الانتخابات", "election", "planned", "نحو"),
    ("They drafted a road map towards elections.", "election", "planned", "towards"),
    ("Egypt and Qatar were trying to mediate a truce.", "ceasefire", "planned", "trying to"),
    ("وتحاول مصر التوسط لوقف إطلاق النار", "ceasefire", "planned", "وتحاول"),
    # deployment
    ("نفت تركيا أن تكون قد أرسلت قوات إلى ليبيا", "deployment", "denied", "نفت"),
    ("ونفت الخارجية التركية، في بيان، أن تكون أنقرة أرسلت قوات إلى ليبيا", "deployment", "denied", "ونفت"),
    ("وبموجب الاتفاقية، تمت إقامة قاعدة عسكرية تركية في قطر", "deployment", ASSERTED, None),
    ("وأكدت مصادر تركية مطلعة وصول دفعة جديدة من المرتزقة", "deployment", ASSERTED, None),
    ("وأشار المصدر أنه تم التنسيق لإرسال المزيد من الجنود الأتراك إلى قطر", "deployment", "planned", "لـ"),
    ("Turkey denied sending troops to Libya.", "deployment", "denied", "denied"),
    ("ونفى المتحدث أنباء اعتزام دخول قوات إلى عفرين", "deployment", "planned", "اعتزام"),
    ("Officials denied reports of plans to send troops to Afrin.", "deployment", "planned", "plans to"),
    ("Turkey deployed troops to its base in Qatar.", "deployment", ASSERTED, None),
    ("Parliament approved a bill allowing troops to be deployed to Qatar.", "deployment", "planned", "allowing"),
    ("وأقر البرلمان قانونا يسمح بنشر قوات في قطر", "deployment", "planned", "يسمح"),
    # military exercise
    ("نفذت القوات التركية والقطرية تدريبات عسكرية مشتركة", "military_exercise", ASSERTED, None),
    ("Joint military exercises were held in the Gulf.", "military_exercise", ASSERTED, None),
    # attack
    ("شن التحالف غارات جوية على صعدة", "attack", ASSERTED, None),
    ("قصف الجيش المصري ستة مواقع في درنة", "attack", ASSERTED, None),
    ("واندلعت اشتباكات مسلحة في جنوب طرابلس", "attack", ASSERTED, None),
    ("شهدت منطقة وادي الليل مواجهة مسلحة بين قوات الأمن ومجموعة متحصنة", "attack", ASSERTED, None),
    ("قتل شرطي في انفجار عبوة ناسفة في الفحيص", "attack", ASSERTED, None),
    ("تخشى المعارضة من اندلاع اشتباكات في المدينة", "attack", "feared", "تخشى"),
    ("Israeli jets carried out air strikes on Gaza.", "attack", ASSERTED, None),
    ("Russian and Syrian jets pounded rebel-held areas of Idlib.", "attack", ASSERTED, None),
    ("وتحاصر البلدة منذ نهاية العام الماضي مليشيا قوات سوريا الديمقراطية", "attack", ASSERTED, None),
    ("Government forces laid siege to the town.", "attack", ASSERTED, None),
    ("A missile strike killed ten people.", "attack", ASSERTED, None),
    ("وسئل إن كان هذا سيشمل ضربات جوية أمريكية", "attack", "planned", "سيشمل"),
    ("وستقوم الطائرات بشن غارات على مواقع المسلحين", "attack", "planned", "وستقوم"),
    ("Asked whether this would include air strikes, he said it was an option.", "attack", "hypothetical", "would"),
    ("وكان ترامب قد حظر الأسد من شن أي هجوم", "attack", "negated", "حظر"),
    ('ولم تشهد البلاد "هجمات إرهابية" منذ عام', "attack", "negated", "ولم"),
    ('Iraq has not seen "terrorist attacks" since 2017.', "attack", "negated", "not"),
    ("رصد الفريق الحادثة التي وقعت يوم الخميس في صعدة وأدت إلى مقتل عدد من الأطفال", "attack", ASSERTED, None),
    ("عين مستشارا خاصا ليشرف على المحادثات بشأن الانتقال السياسي", "meeting", "planned", "ليشرف"),
    ("He was appointed to oversee the talks on a political transition.", "meeting", "planned", "to oversee"),
    ("The court barred the army from carrying out air strikes.", "attack", "negated", "barred"),
    ("Residents fear renewed clashes.", "attack", "feared", "fear"),
    ("Iran may launch missiles at the base.", "attack", "hypothetical", "may"),
    ("إن أي هجوم على إدلب سيكون مذبحة", "attack", "hypothetical", "أي"),
    ("Erdogan said any attack on Idlib would be a massacre.", "attack", "hypothetical", "any"),
    ("وقال إن ذلك سيكون مذبحة", "attack", "planned", "سيكون"),
    ("وأرخبيل سقطرى يحتاج إلى مساعدات عاجلة", "aid", "demanded", "يحتاج"),
    ("The island needs urgent humanitarian aid.", "aid", "demanded", "needs"),
    ("UN chief Guterres on Friday formally chose Ghassan Salame, a former Lebanese minister, as the new UN envoy to Libya.", "appointment", ASSERTED, None),
    ("The president picked a retired general as his new defence minister.", "appointment", ASSERTED, None),
    ("اختار الأمين العام غسان سلامة مبعوثا جديدا إلى ليبيا", "appointment", ASSERTED, None),
    # protest
    ("وخرج المئات من أتباع الصدر في مظاهرات في بغداد", "protest", ASSERTED, None),
    ("يطالب المتظاهرون بإقالة الحكومة", "protest", ASSERTED, None),
    ("ودعا النشطاء إلى تنظيم مظاهرة دعم مساء اليوم", "protest", "demanded", "ودعا"),
    ("تنظم مظاهرات كل عام في ذكرى الثورة", "protest", "recurring", "كل عام"),
    ("Workers went on strike in Tunis.", "protest", ASSERTED, None),
    ("Thousands of protesters rallied in Baghdad.", "protest", ASSERTED, None),
    ("Protests are held there every year.", "protest", "recurring", "every year"),
    # aid
    ("وقدمت الإمارات مساعدات إنسانية إلى سقطرى", "aid", ASSERTED, None),
    ("The UN delivered humanitarian aid to Yemen.", "aid", ASSERTED, None),
    # arrest
    ("اعتقلت السلطات الإيرانية فتاة نشرت مقاطع مصورة", "arrest", ASSERTED, None),
    ("ألقت قوات الأمن المصرية القبض على المستشار", "arrest", ASSERTED, None),
    ("Police arrested the journalist on Monday.", "arrest", ASSERTED, None),
    ("مثل الصحفي أمام المحكمة يوم الأحد", "arrest", ASSERTED, None),
    # appointment
    ("وعين الرئيس صهره وزيرا للمالية", "appointment", ASSERTED, None),
    ("أعلن وزير الداخلية استقالته من الحكومة", "appointment", ASSERTED, None),
    ("يطالب المتظاهرون بإقالة الحكومة", "appointment", "demanded", "يطالب"),
    ("Erdogan appointed Berat Albayrak as finance minister.", "appointment", ASSERTED, None),
    ("وحاولت مصر التوسط في هدنة بين حماس وإسرائيل", "ceasefire", "planned", "وحاولت"),
    ("Egypt tried to broker a truce between Hamas and Israel.", "ceasefire", "planned", "tried to"),
    # relations
    ("أعادت السعودية فتح سفارتها في بغداد", "relations", ASSERTED, None),
    ("The two countries restored diplomatic relations.", "relations", ASSERTED, None),
]


@pytest.mark.parametrize(("text", "event_type", "modality", "cue"), CASES)
def test_trigger_type_and_modality(text, event_type, modality, cue, lexicon):
    m = _of_type(text, event_type, lexicon)
    assert m.modality == modality, m
    assert m.cue == cue, m
    assert text[m.start : m.end] == m.text


# Words that look like triggers but are not: (sentence, event type that must not be found)
NOT_TRIGGERS = [
    ("وبينت وزارة الصحة اليمنية أنها تتلقى البلاغات", "visit"),  # وزارة is not و+زار+ه
    ("صعد المتسلقون إلى قمة الجبل", "meeting"),
    ("نظر إليه بعين الريبة", "appointment"),
    ("فاز الفريق بالمباراة النهائية على ملعبه", "election"),
    ("وقع انفجار في أنبوب غاز داخل المصنع", "attack"),
    ("شن الرئيس هجوما إعلاميا لاذعا على الصحافة", "attack"),
    ("وتحقيق مصالحها الداخلية في المنطقة", "relations"),
    ("قال وزير الدفاع الإسرائيلي أفيغدور ليبرمان", "agreement"),
    ("تصل معدلات الشفاء إلى 94 في المئة", "visit"),
    ("سمعت أصوات الانفجارات والصوت عال", "election"),
    ("وأصدر الرئيس مرسوما بتوقيع مراسيم رئاسية جديدة", "agreement"),
    ("The team won the cup final.", "election"),
    ("Teachers and doctors joined the general strike.", "attack"),
    ("وحجز 3 مركبات رباعية الدفع وكمية من المواد الغذائية", "aid"),
    ("تعاني المدينة من نقص المواد الغذائية", "aid"),
    ("Police seized food aid smuggled across the border.", "aid"),
    ("وقال المحامي البريطاني الذي يمثل الدوحة أمام المحكمة إن القطريين يعيشون في خوف", "arrest"),
    ("وصلت قافلة مساعدات إنسانية إلى غزة", "visit"),
    ("An aid convoy arrived in Gaza on Sunday.", "visit"),
    ("وتسبب الإعصار في سيول حاصرت المنازل وغمرت قرى بكاملها", "attack"),
    ("وتسبب الإعصار في سيول حاصرت المنازل وغمرت قرى بكاملها", "sanctions"),
    ("Government forces laid siege to the town.", "sanctions"),
    ("وهو أمر يستهدف إثارة الشكوك حول الدولة ومؤسساتها", "attack"),
    ("The central bank targets inflation of two percent.", "attack"),
    ("وضرب الإعصار نفسه منطقة القرن الأفريقي يوم الأربعاء، ما أسفر عن مقتل أكثر من 50 شخصا في الصومال", "attack"),
    ("The cyclone hit the Horn of Africa on Wednesday, killing more than 50 people in Somalia.", "attack"),
    ("لقي ثلاثة ضباط حتفهم في حادث سقوط مروحية تابعة للقوات البحرية", "attack"),
    ("Qatar, a long-standing US ally, hosts the largest US air base in the Middle East.", "visit"),
    ("وحاصر المتظاهرون منزل المحافظ وأطلقت القوات الأمنية قنابل مسيلة للدموع", "sanctions"),
    ("Protesters blockaded the governor's house.", "sanctions"),
    ("وصلت إلى مطار القاهرة الاثنين رفات 20 مسيحيا قبطيا من ليبيا", "visit"),
    ("The remains of 20 Coptic Christians arrived at Cairo airport on Monday.", "visit"),
    ('وتم التحقيق معه بتهمة "نشر معلومات من شأنها الإضرار بالقوات المسلحة"', "deployment"),
    ("He was accused of spreading information harmful to the armed forces.", "deployment"),
    ("ويعتمد نحو 22 مليون نسمة في اليمن على المساعدات الإنسانية", "aid"),
    ("Some 22 million people in Yemen rely on humanitarian aid.", "aid"),
    ("Three planes carrying vegetables landed in Doha on Sunday.", "visit"),
    ("Parliament approved the budget law on Monday.", "ratification"),
    ("ينتظرون مغادرة المنطقة عبر معبر الزيارة جنوبا", "visit"),
    ("ارتفع عدد القتلى في الغوطة الشرقية المحاصرة قرب دمشق", "sanctions"),
    ("إيطاليا التي تستقبل سواحلها أغلب موجات المهاجرين", "meeting"),
    ("وانتقلت الدعوى بين أروقة المحاكم الإدارية حتى وصلت إلى المحكمة الإدارية العليا", "visit"),
    ("The lawsuit went through the courts until it reached the supreme court.", "visit"),
    ("Italy, whose coasts receive most migrants crossing the sea", "meeting"),
    # agreeing on the importance of something is a statement, not an agreement
    ("واتفقا على أهمية العمل معا لمكافحة الإرهاب", "agreement"),
    ("واتفق الجانبان على ضرورة الحل السياسي", "agreement"),
    ("The two leaders agreed on the importance of working together.", "agreement"),
    # a guard word in ة also stands before a possessive ending, written with ت
    ("بما تصل قيمته إلى 100 مليار جنيه استرليني", "visit"),
    ("ووصلت حصيلتها إلى 20 قتيلا", "visit"),
    ("وأقر البرلمان قانون الموازنة العامة", "ratification"),
]


@pytest.mark.parametrize(("text", "event_type"), NOT_TRIGGERS)
def test_look_alikes_are_not_triggers(text, event_type, lexicon):
    assert not [m for m in _triggers(text, lexicon) if m.event_type == event_type]


MELHOUB = (
    'ولم يتردد طلال الميهوب رئيس لجنة الدفاع والأمن الوطني بمجلس النواب الليبي في القول إن "الهدف من هذه '
    'الزيارات واضح للجميع، وهو تعطيل اتفاق وقف إطلاق النار الذي توصل إليه مجلس النواب الليبي، واللجنة العسكرية '
    'المشتركة 5 + 5 في جنيف، سويسرا".'
)
BIDEN = (
    "وأشار المصدر أنه تم التنسيق لإرسال المزيد من الجنود الأتراك إلى قطر، حيث تخشى تركيا من العزلة الكاملة "
    "بعد فوز المرشح الديمقراطي جو بايدن في الانتخابات الرئاسية الأميركية والذي لديه تاريخ سيئ مع أردوغان."
)


def test_negation_before_a_verb_of_saying_does_not_reach_the_quoted_clause(lexicon):
    ceasefire = _of_type(MELHOUB, "ceasefire", lexicon)
    assert ceasefire.modality == ASSERTED
    assert "وقف إطلاق النار" in ceasefire.text
    assert _of_type(MELHOUB, "visit", lexicon).modality == ASSERTED


def test_fear_stops_at_a_realis_connector(lexicon):
    elections = [m for m in _triggers(BIDEN, lexicon) if m.event_type == "election"]
    assert {m.text for m in elections} >= {"فوز", "الانتخابات"}
    assert all(m.modality == ASSERTED for m in elections)


@pytest.mark.parametrize(
    ("text", "event_type", "cameo"),
    [
        ("قطعت السعودية علاقاتها الدبلوماسية مع قطر", "sanctions", "161"),
        ("فرضت الولايات المتحدة عقوبات على إيران", "sanctions", "163"),
        ("الحصار المفروض على قطر", "sanctions", "191"),
        ("زار الوزير أنقرة", "visit", "042"),
        ("استضاف ترامب أمير قطر في البيت الأبيض", "visit", "043"),
        ("وأجرى الرئيس اتصالا هاتفيا مع نظيره", "meeting", "041"),
        ("دعت الجامعة العربية إلى وقف إطلاق النار", "ceasefire", "0871"),
        ("Israeli jets carried out air strikes on Gaza.", "attack", "195"),
        ("A car bomb exploded in Kabul.", "attack", "183"),
        ("Workers went on strike.", "protest", "143"),
        ("The UN delivered humanitarian aid to Yemen.", "aid", "073"),
    ],
)
def test_cameo_crosswalk_is_specific(text, event_type, cameo, lexicon):
    assert _of_type(text, event_type, lexicon).cameo == cameo


@pytest.mark.parametrize(
    ("text", "event_type", "low", "high"),
    [
        ("زيارة الرئيس إلى الدوحة", "visit", 0.85, 1.0),
        ("قطع العلاقات الدبلوماسية مع قطر", "sanctions", 0.9, 1.0),
        ("مقتل ثلاثة أشخاص في المدينة", "attack", 0.3, 0.55),
        ("Three people were killed in the city.", "attack", 0.3, 0.55),
    ],
)
def test_weight_says_how_reliable_the_words_are(text, event_type, low, high, lexicon):
    assert low <= _of_type(text, event_type, lexicon).weight <= high


def test_arabic_clitics_and_endings(lexicon):
    text = "وبزيارته الأخيرة وللزيارات السابقة وزيارتين"
    visits = [m.text for m in _triggers(text, lexicon) if m.event_type == "visit"]
    assert visits == ["وبزيارته", "وللزيارات", "وزيارتين"]


@pytest.mark.parametrize(
    ("text", "event_type", "found"),
    [
        # a final hamza sits on ya before a possessive ending
        ("دعا الرئيسان خلال لقائهما في إسطنبول إلى التهدئة", "meeting", ["لقائهما"]),
        ("وأكد عقب لقائه بالرئيس أن الأجواء إيجابية", "meeting", ["لقائه"]),
        ("وبعد لقاءاتها مع المسؤولين", "meeting", ["لقاءاتها"]),
        # not before a bare ya-less stem or another word
        ("لقاي", "meeting", []),
    ],
)
def test_a_final_hamza_before_an_ending(text, event_type, found, lexicon):
    assert [m.text for m in _triggers(text, lexicon) if m.event_type == event_type] == found


# (text, event type, modality): a letter a cue strips as a proclitic is the first letter of an event
# word of the same letters, and no cue; a root letter that is no proclitic, whatever the verb
ROOT_LETTERS = [
    # بحث (discussed), not ب + حث (urged): the ceasefire discussed is talked about, no demand
    ("وبحث الوزيران وقف إطلاق النار في اليمن", "ceasefire", "planned"),
    ("The ministers discussed a ceasefire in Yemen.", "ceasefire", "planned"),
    ("بحث الرئيس مع نظيره التركي الهجوم على عفرين", "attack", ASSERTED),
    # the verb of urging itself, with and without و
    ("وحث الرئيس الطرفين على وقف إطلاق النار", "ceasefire", "demanded"),
    ("حث الرئيس الطرفين على وقف إطلاق النار", "ceasefire", "demanded"),
    ("The president urged both sides to agree a ceasefire.", "ceasefire", "demanded"),
    # the first letters of وصلت، وقعت، وجه، وضع، فتح، فرض، بدأ are the verbs' own
    ("وصلت قوات أمريكية إلى سوريا", "deployment", ASSERTED),
    ("وقعت تركيا وقطر اتفاقية للتعاون العسكري", "agreement", ASSERTED),
    ("فرضت واشنطن عقوبات على موسكو", "sanctions", ASSERTED),
    ("وفتحت السعودية سفارتها في بغداد", "relations", ASSERTED),
    # بحثا عن (in search of), no more ب + حث: a deal searched for is still sought, not the doers of a deed
    ("وتنقل الوزير بين العواصم بحثا عن اتفاق لوقف القتال", "ceasefire", "planned"),
    ("The minister toured the capitals in search of a deal to end the fighting.", "ceasefire", "planned"),
    ("وانتشرت الشرطة بحثا عن منفذي الهجوم", "attack", ASSERTED),
    ("Police fanned out in search of the attackers behind the bombing.", "attack", ASSERTED),
]


@pytest.mark.parametrize(("text", "event_type", "modality"), ROOT_LETTERS)
def test_a_root_letter_is_no_proclitic_of_a_cue(text, event_type, modality, lexicon):
    assert _of_type(text, event_type, lexicon).modality == modality


def test_gapped_verb_phrase_reports_the_verb(lexicon):
    text = "وقطعت كل من السعودية والإمارات والبحرين ومصر علاقاتها الدبلوماسية مع قطر"
    m = _of_type(text, "sanctions", lexicon)
    assert m.text == "وقطعت"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("{زار/يزور}", {"زار", "زارت", "زاروا", "يزور", "تزور", "يزوران", "يزورون", "سيزور", "يزر"}),
        ("{التقى/يلتقي}", {"التقى", "التقت", "التقوا", "يلتقي", "تلتقي", "يلتقون", "سيلتقي"}),
        ("(العلاقات|علاقات~)", {"العلاقات", "علاقات", "علاقاتها", "علاقاته"}),
        ("{en:visit}", {"visit", "visits", "visited", "visiting"}),
        ("{en:meet/met}", {"meet", "meets", "meeting", "met"}),
        ("(a |)b", {"a b", "b"}),
    ],
)
def test_pattern_expansion(pattern, expected):
    assert expected <= {f.text for f in expand_pattern(pattern)}


def test_future_forms_are_tagged():
    tenses = {f.text: f.tense for f in expand_pattern("{زار/يزور}")}
    assert tenses["سيزور"] == "future"
    assert tenses["زارت"] == "past"
    assert tenses["تزور"] == "present"


def test_malformed_pattern_is_refused():
    with pytest.raises(ValueError):
        expand_pattern("((a|b)|c)")


# --- data ---------------------------------------------------------------------


def test_data_files_name_their_source():
    for name in ("triggers.json", "modality.json", "cameo.json"):
        data = json.loads((DATA_DIR / name).read_text(encoding="utf-8"))
        assert len(data["_source"]) > 40, name


def test_lexicon_covers_every_type_in_both_languages(lexicon):
    data = json.loads(TRIGGERS_PATH.read_text(encoding="utf-8"))
    assert set(data["types"]) == set(EVENT_TYPES)
    for event_type in EVENT_TYPES:
        assert lexicon.counts[event_type]["ar"] >= 3, event_type
        assert lexicon.counts[event_type]["en"] >= 2, event_type


def test_every_cameo_code_exists():
    codes = json.loads((DATA_DIR / "cameo.json").read_text(encoding="utf-8"))["codes"]
    assert codes["163"] == "Impose embargo, boycott, or sanctions"
    assert codes["0871"] == "Declare truce, ceasefire"
    data = json.loads(TRIGGERS_PATH.read_text(encoding="utf-8"))
    for event_type, items in data["types"].items():
        for item in items:
            cameo = item.get("cameo")
            assert cameo is None or cameo in codes, (event_type, cameo)
            assert 0.0 < item.get("weight", 0.8) <= 1.0


def test_every_modality_kind_has_cues():
    data = json.loads(MODALITY_PATH.read_text(encoding="utf-8"))
    assert set(MODALITIES) <= set(data["cues"])
    for kind in MODALITIES:
        patterns = [i if isinstance(i, str) else i["p"] for i in data["cues"][kind]["items"]]
        arabic = [p for p in patterns if any("\u0600" <= c <= "\u06ff" for c in p)]
        latin = [p for p in patterns if p not in arabic]
        assert arabic and latin, kind


def test_loading_is_cached():
    """Loaded once per process (its cost is part of the start-up `python -m events bench` reports)."""
    load_triggers.cache_clear()
    load_modality.cache_clear()
    expand_pattern.cache_clear()
    first = load_triggers()
    assert load_triggers() is first


# --- properties ---------------------------------------------------------------

_ALPHABET = st.sampled_from(
    [*"زيارةقطعلاقاتهدنوفإطلقالنارمبحثسيلمأنبعدإنالذيتخشى،.\"' \n", "لم", "سـ", "...", "ًّ", "٢٠١٧"]
) | st.characters()


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_any_text_gives_valid_mentions(text):
    lexicon = load_triggers()
    for m in find_triggers(text, fold(text), lexicon):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.event_type in EVENT_TYPES
        assert m.modality == ASSERTED or m.modality in MODALITIES
        assert (m.cue is None) == (m.modality == ASSERTED)
        assert 0.0 < m.weight <= 1.0



@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join), st.sets(st.integers(0, 80)))
def test_tokens_of_some_sentences_are_those_of_the_whole_text(text, offsets):
    """Tokenising only the sentences that hold some offsets keeps exactly their
    tokens, each sentence with its end token, in text order."""
    folded = fold(text)
    near = [i for i in offsets if i < len(folded.text)]
    whole = _Tokens.of(folded)
    ends = [0, *whole.bounds, len(folded.text)]
    sentences = {next((lo, hi) for lo, hi in itertools.pairwise(ends) if lo <= i < hi) for i in near}
    expected = [
        (s, e, w)
        for s, e, w in zip(whole.starts, whole.ends, whole.words, strict=True)
        if any(lo <= s < hi for lo, hi in sentences)
    ]
    some = _Tokens.of(folded, near)
    assert list(zip(some.starts, some.ends, some.words, strict=True)) == expected


@pytest.mark.parametrize(
    ("text", "modalities"),
    [
        # a verb in the present joined to one in the future shares its time
        ("وقالت البحرين إنها ستغلق سفارتها وتطرد السفير القطري", ["planned", "planned"]),
        ("وقالت البحرين إنها أغلقت سفارتها وتطرد السفير القطري اليوم", [ASSERTED, ASSERTED]),
        ("وقالت البحرين إنها ستغلق سفارتها، وطردت السفير القطري أمس", ["planned", ASSERTED]),
        ("Bahrain said it will close its embassy and expel the Qatari ambassador.", ["planned", "planned"]),
    ],
)
def test_a_coordinated_verb_shares_the_future_of_the_first(text, modalities, lexicon):
    assert [m.modality for m in _triggers(text, lexicon) if m.event_type == "sanctions"] == modalities


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        # a hyphenated word between the cue and the event word leaves the clause open
        ("The UN Security Council demanded a 30-day ceasefire across Syria.", "demanded"),
        ("Rebels called for a three-day truce in Ghouta.", "demanded"),
        ("Israel and Hamas agreed to a 72-hour ceasefire on Monday.", ASSERTED),
    ],
)
def test_a_hyphenated_word_closes_no_clause(text, modality, lexicon):
    assert _of_type(text, "ceasefire", lexicon).modality == modality


@pytest.mark.parametrize(
    ("text", "event_type", "modality"),
    [
        # an event noun just after "upon" is as planned as the clause it stands in
        ("وسيتم إرسال 5 آلاف عنصر تركي إلى قطر فور التصديق على الاتفاقية من قبل البرلمان التركي", "ratification", "planned"),
        ("وسيتم إرسال 5 آلاف عنصر تركي إلى قطر فور التصديق على الاتفاقية من قبل البرلمان التركي", "agreement", "planned"),
        ("سيتم الإفراج عن جميع الأسرى من الجانبين بمجرد توقيع الاتفاق بين الطرفين", "agreement", "planned"),
        ("Turkey will send troops to Qatar upon ratification of the agreement by the Turkish parliament.", "ratification", "planned"),
        ("Turkey will send troops to Qatar as soon as the parliament ratifies the agreement.", "ratification", "planned"),
        # ... and as done as a clause in the past
        ("وتم إرسال 5 آلاف عنصر تركي إلى قطر فور التصديق على الاتفاقية من قبل البرلمان التركي", "ratification", ASSERTED),
        ("تم الإفراج عن جميع الأسرى من الجانبين فور توقيع الاتفاق بين الطرفين", "agreement", ASSERTED),
        ("Turkey sent troops to Qatar upon ratification of the agreement by the Turkish parliament.", "ratification", ASSERTED),
    ],
)
def test_an_event_upon_which_another_follows_shares_its_time(text, event_type, modality, lexicon):
    assert _of_type(text, event_type, lexicon).modality == modality


@pytest.mark.parametrize(
    ("text", "event_type", "modality"),
    [
        # a cue word inside another event word of several words governs nothing
        ("وفي أعقاب محاولة الانقلاب الفاشلة في تركيا اعتقلت السلطات التركية يوم الاثنين 20 عسكريا", "arrest", ASSERTED),
        # a one-word event word still may
        ("الفصائل الليبية اتفقت اليوم على إجراء انتخابات برلمانية ورئاسية في ديسمبر", "election", "planned"),
        # and a cue standing alone does
        ("وأطلق الحوثيون صاروخا في محاولة لاستهداف مطار أبها", "attack", ASSERTED),
        ("في محاولة لاستهداف مطار أبها", "attack", "planned"),
    ],
)
def test_a_cue_inside_another_event_word_governs_nothing(text, event_type, modality, lexicon):
    assert _of_type(text, event_type, lexicon).modality == modality


@pytest.mark.parametrize(
    ("text", "event_type", "modalities"),
    [
        # a purpose phrase before the sentence's verb governs its own verbal noun, not the verb
        ("وفي محاولة لاستهداف مطار أبها أطلق الحوثيون صاروخا باليستيا", "attack", ["planned", ASSERTED]),
        ("وبهدف تعزيز التعاون بين البلدين وقع الوزيران اتفاقية في الدوحة", "agreement", [ASSERTED]),
        # right before a word that reads as a verb in the past, it makes it a verbal noun
        ("وتسعى قطر من أجل عقد قمة خليجية", "meeting", ["planned"]),
    ],
)
def test_a_purpose_phrase_governs_no_verb_in_the_past(text, event_type, modalities, lexicon):
    assert [m.modality for m in _triggers(text, lexicon) if m.event_type == event_type] == modalities
