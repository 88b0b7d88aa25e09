"""Arabic trigger lexicon: how the region's press words meetings, visits, agreements,
ratifications, arrests, appointments, protests and elections (a call made or received, an inspection
of troops, a consensus reached, imprisoning, a plural verb with an object pronoun, taking up a post,
burning tyres, a day of rage, the presidential race, seats won) names the event; the same words in
other senses (a call from an unknown caller, a currency losing value, a self-proclaimed president,
security duties handed over, a tyre factory, an arms race) do not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MAY = "2018-05-11"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # meeting: talking with a counterpart, a call made or received with the object named several words after its verb
        ("تحادث الرئيس الروسي فلاديمير بوتين الاثنين مع الرئيس التركي رجب طيب أردوغان حول الوضع في إدلب.", "meeting"),
        ("أجرى وزير الخارجية الروسي سيرغي لافروف الاثنين اتصالا بنظيره الأمريكي مايك بومبيو بحثا خلاله الأزمة السورية.", "meeting"),
        ("تلقى أمير قطر الشيخ تميم بن حمد الاثنين اتصالا من الرئيس الفرنسي إيمانويل ماكرون تناول الأزمة الخليجية.", "meeting"),
        # visit: an official inspecting troops or units
        ("تفقد وزير الدفاع التركي خلوصي أكار الاثنين الوحدات العسكرية التركية المنتشرة على الحدود السورية.", "visit"),
        ("تفقدت رئيسة الوزراء البريطانية تيريزا ماي الاثنين القوات البريطانية في العراق.", "visit"),
        # agreement: parties agreeing by consensus on a matter
        ("توافقت الأطراف الليبية الاثنين في تونس على آلية لاختيار السلطة التنفيذية الموحدة.", "agreement"),
        # ratification: a parliament ratifying a named agreement, the subject between verb and object
        ("صدق مجلس النواب المصري الاثنين على اتفاقية تعيين الحدود البحرية بين مصر والسعودية.", "ratification"),
        # arrest: the verb of imprisoning; a plural verb with an object pronoun (its alif dropped)
        ("سجنت السلطات الإيرانية الاثنين المحامية نسرين ستوده بتهمة التجسس.", "arrest"),
        ("اعتقلوه الاثنين في إسطنبول، وقالت الشرطة التركية إن الصحفي أحمد ألتان يواجه تهما بالإرهاب.", "arrest"),
        # appointment: taking up a post, an enthronement, an official retired by decree, taking up one's duties
        ("تقلد الفريق أول سعيد شنقريحة الاثنين منصب رئيس أركان الجيش الجزائري.", "appointment"),
        ("نصب الاثنين الأمير ناروهيتو إمبراطورا لليابان.", "appointment"),
        ("أحال الرئيس الجزائري عبد المجيد تبون الاثنين قائد الدرك الوطني إلى التقاعد.", "appointment"),
        ("تسلم رئيس الوزراء العراقي مصطفى الكاظمي الاثنين مهامه رسميا في بغداد.", "appointment"),
        # protest: burning tyres, a day of rage, crowds going down to a square
        ("قطع شبان غاضبون الاثنين الطرق بالإطارات المشتعلة في بيروت احتجاجا على تدهور الليرة.", "protest"),
        ("أشعل شبان فلسطينيون الاثنين الإطارات قرب السياج الحدودي شرق غزة.", "protest"),
        ("شهدت الضفة الغربية الاثنين جمعة الغضب رفضا لقرار نقل السفارة الأمريكية إلى القدس.", "protest"),
        ("نزل آلاف اللبنانيين الاثنين إلى ساحة الشهداء في بيروت.", "protest"),
        # election: the presidential race decided, a list winning a count of seats
        ("حسم الرئيس المصري عبد الفتاح السيسي الاثنين السباق الرئاسي في مصر من الجولة الأولى.", "election"),
        ("حصلت قائمة النصر بزعامة حيدر العبادي الاثنين على 42 مقعدا في البرلمان العراقي.", "election"),
        # agreement: parties reaching a consensus; appointment: an office holder's duties ended by decree,
        # an office given up or left
        ("توصلت الأطراف اليمنية الاثنين في السويد إلى توافق حول إعادة الانتشار في الحديدة.", "agreement"),
        ("أنهى الرئيس الجزائري عبد المجيد تبون الاثنين مهام وزير الداخلية كمال بلجود.", "appointment"),
        ("تخلى الرئيس السوداني عمر البشير الاثنين عن رئاسة حزب المؤتمر الوطني.", "appointment"),
        ("ترك وزير الخارجية الأمريكي ريكس تيلرسون الاثنين منصبه في واشنطن.", "appointment"),
        # visit: an official arriving in a capital from another; arrest: a wanted man giving himself up
        ("وصل الرئيس التركي رجب طيب أردوغان الاثنين الدوحة قادما من الكويت.", "visit"),
        ("وصلت المستشارة الألمانية أنغيلا ميركل الاثنين أنقرة قادمة من إسطنبول.", "visit"),
        ("سلم القيادي في حزب العمال الكردستاني مراد قره يلان نفسه الاثنين إلى السلطات التركية.", "arrest"),
        # appointment: the passive of choosing, for a man or a woman
        ("اختير الدبلوماسي اللبناني غسان سلامة الاثنين مبعوثا أمميا إلى ليبيا.", "appointment"),
        ("اختيرت الوزيرة الإماراتية لانا نسيبة الاثنين سفيرة لبلادها لدى الأمم المتحدة.", "appointment"),
    ],
)
def test_wording_names_the_event(text: str, event_type: str) -> None:
    assert of_type(extract(text, MAY), event_type), text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a call from an unknown caller, a currency losing value, a measure in line with a policy
        ("تلقت الشرطة المصرية الاثنين اتصالا من مجهول يبلغ عن وجود قنبلة في محطة مترو بالقاهرة.", "meeting"),
        ("تفقد الليرة التركية الاثنين المزيد من قيمتها أمام الدولار في إسطنبول.", "visit"),
        ("تتوافق الخطوة الإسرائيلية الاثنين مع سياسة الاستيطان التي تقوم على مصادرة الأراضي في الضفة الغربية.", "agreement"),
        # a law (no agreement) signed off, years spent in prison
        ("صدق الرئيس المصري عبد الفتاح السيسي الاثنين على قانون الجمعيات الأهلية.", "ratification"),
        ("أمضى الناشط الإيراني خمس سنوات في السجون الإيرانية قبل أن يغادر إلى تركيا.", "arrest"),
        # a decoration conferred, checkpoints set up, a self-proclaimed president, defendants sent to trial,
        ("قلد الملك سلمان الاثنين الرئيس الصيني قلادة الملك عبد العزيز في الرياض.", "appointment"),
        ("نصبت قوات الأمن العراقية الاثنين حواجز تفتيش في بغداد.", "appointment"),
        ("نصب خوان غوايدو الاثنين نفسه رئيسا مؤقتا لفنزويلا.", "appointment"),
        ("أحالت النيابة العامة المصرية الاثنين 20 متهما إلى المحاكمة.", "appointment"),
        # security duties handed over, a wanted man handed to the authorities
        ("تسلمت القوات العراقية الاثنين مهامها الأمنية في كركوك من قوات البيشمركة.", "appointment"),
        ("سلمت تركيا الاثنين المطلوب محمد عبد الحفيظ إلى السلطات المصرية.", "appointment"),
        # a tyre factory fire, fans celebrating in a square, an arms race, a seat on a UN council
        ("اندلع حريق الاثنين في مصنع للإطارات المطاطية في مدينة العاشر من رمضان بمصر.", "protest"),
        ("خرج آلاف المشجعين الاثنين إلى ساحة الملعب في الجزائر احتفالا بفوز المنتخب.", "protest"),
        ("يتواصل السباق نحو التسلح في منطقة الخليج بين السعودية وإيران.", "election"),
        ("حصلت السعودية الاثنين على مقعد في مجلس حقوق الإنسان التابع للأمم المتحدة.", "election"),
        # forces or a mission ending their tasks, a refusal to give up power
        ("أنهت القوات الأمريكية الاثنين مهامها القتالية في العراق.", "appointment"),
        ("أنهت بعثة الأمم المتحدة الاثنين مهامها في ليبيا.", "appointment"),
        ("لن يتخلى الرئيس السوري بشار الأسد عن السلطة بحسب وزير الخارجية الروسي.", "appointment"),
        # migrants or the sick arriving from abroad, a letter handed over
        ("وصلت الاثنين إلى جزيرة لامبيدوزا الإيطالية قوارب تقل مئات المهاجرين قادمين من السواحل الليبية.", "visit"),
        ("وصلت الاثنين إلى مطار القاهرة طائرة تقل 30 مصابا بفيروس كورونا قادمة من الصين.", "visit"),
        ("سلم الرئيس الفلسطيني محمود عباس الاثنين رسالة إلى الأمين العام نفسه تتعلق بقرار السلطات الإسرائيلية.", "arrest"),
        # a player chosen as the best of a league
        ("اختير اللاعب المصري محمد صلاح الاثنين أفضل لاعب في الدوري الإنجليزي.", "appointment"),
    ],
)
def test_other_sense_names_no_event(text: str, event_type: str) -> None:
    assert not of_type(extract(text, MAY), event_type), text


@pytest.mark.parametrize(
    "text",
    [
        "تظاهر آلاف السودانيين الاثنين في الخرطوم وأم درمان ضد الحكم العسكري.",
        "خرجت الاثنين مظاهرات في مدن البصرة وأم قصر والناصرية جنوبي العراق.",
    ],
)
def test_and_umm_of_a_place_name_is_not_the_news_agency(text: str) -> None:
    """`وأم درمان` folds to the spelling of the Emirati agency's short name `وام`: the hamza tells them apart."""
    found = of_type(extract(text, MAY), "protest")
    assert found and all("wam" not in e["actors"] for e in found), text
