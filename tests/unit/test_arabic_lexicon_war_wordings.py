"""Arabic trigger lexicon for attacks, deployments, aid, sanctions, relations and
ceasefires: wordings of the region's war and crisis reporting (a shelling that rains shells on a
town, the passive of attacking, an operation launched, observation posts fixed in place, aid cut
off, trade frozen, an indefinite ceasefire, military operations halted) name their event; words of
the same spelling in another sense (an earthquake striking, a minister attacked on social media, an
evacuation operation, a company strengthening its market positions) do not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MAY = "2018-05-11"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # attack: shells rained on a town, positions struck, the passive of attacking
        ("أمطرت فصائل المعارضة الاثنين أحياء حلب الغربية بالقذائف.", "attack"),
        ("ضربت طائرات التحالف الاثنين مواقع للحوثيين في صعدة.", "attack"),
        ("هوجمت دورية للجيش المصري الاثنين في العريش.", "attack"),
        # attack: a military operation launched, missiles met by air defences, a town taken back
        ("أطلقت القوات العراقية الاثنين عملية أمنية واسعة ضد خلايا التنظيم في صحراء الأنبار.", "attack"),
        ("تصدت الدفاعات الجوية السورية الاثنين لصواريخ إسرائيلية في سماء دمشق.", "attack"),
        ("حررت القوات العراقية الاثنين مدينة تلعفر من تنظيم الدولة.", "attack"),
        # attack: militants liquidated or finished off
        ("أعلنت قوات الأمن المصرية الاثنين تصفية 12 عنصرا إرهابيا في العريش.", "attack"),
        ("قضت القوات العراقية الاثنين على 20 إرهابيا في صحراء الأنبار.", "attack"),
        ("أعلن الجيش المصري الاثنين القضاء على عناصر خلية إرهابية في سيناء.", "attack"),
        # sanctions: a group designated a terrorist organisation
        ("صنفت الولايات المتحدة الاثنين الحرس الثوري الإيراني منظمة إرهابية.", "sanctions"),
        ("أعلنت السعودية الاثنين تصنيف جماعة الإخوان المسلمين جماعة إرهابية.", "sanctions"),
        # attack: a plural verb with an object pronoun drops its alif (هاجموا + ها)
        ("هدم الجنود الإسرائيليون منازل القرية الاثنين بعد أن هاجموها فجرا.", "attack"),
        ("الحوثيون استهدفوها الاثنين بصاروخ باليستي في مأرب.", "attack"),
        # deployment: observation posts fixed or set up, positions reinforced
        ("ثبت الجيش التركي الاثنين نقطة مراقبة جديدة في ريف إدلب.", "deployment"),
        ("استحدث الجيش التركي الاثنين نقطة عسكرية في محيط سراقب.", "deployment"),
        ("عززت القوات التركية الاثنين مواقعها في إدلب بعشرات الآليات.", "deployment"),
        # deployment: troops counted in the singular, forces dispatched, military police spread out, warplanes landed
        ("أرسل البنتاغون الاثنين ألف جندي إضافي إلى الشرق الأوسط.", "deployment"),
        ("أوفدت السعودية الاثنين قوات إلى جزيرة سقطرى.", "deployment"),
        ("انتشرت الشرطة العسكرية الروسية الاثنين في مدينة منبج.", "deployment"),
        ("حطت طائرات عسكرية روسية الاثنين في مطار القامشلي.", "deployment"),
        # deployment: fighters moved to a war abroad
        ("نقلت تركيا الاثنين مئات المقاتلين السوريين إلى ليبيا.", "deployment"),
        # relations: the passive of restoring and resuming
        ("أعيدت العلاقات الدبلوماسية بين قطر والسعودية الاثنين.", "relations"),
        ("استؤنفت الاثنين العلاقات الدبلوماسية بين قطر والسعودية.", "relations"),
        # aid: money pumped in, a deposit of billions
        ("ضخت قطر الاثنين 15 مليون دولار في غزة لدفع رواتب الموظفين.", "aid"),
        ("قدمت السعودية الاثنين وديعة بملياري دولار للبنك المركزي اليمني.", "aid"),
        # sanctions: aid stopped, cut or reduced, funding cut, trade frozen
        ("أوقفت الولايات المتحدة الاثنين مساعداتها للسلطة الفلسطينية.", "sanctions"),
        ("قطعت واشنطن الاثنين تمويلها لوكالة الأونروا.", "sanctions"),
        ("خفضت الولايات المتحدة الاثنين مساعداتها العسكرية لمصر.", "sanctions"),
        ("جمدت السعودية الاثنين التعاملات التجارية مع كندا.", "sanctions"),
        # sanctions and relations: two ambassadors withdrawn, summoned or sent back (the dual with a possessive)
        ("سحبت السعودية والإمارات الاثنين سفيريهما من الدوحة.", "sanctions"),
        ("استدعت السعودية والإمارات الاثنين سفيريهما لدى كندا.", "sanctions"),
        ("أعادت السعودية والإمارات الاثنين سفيريهما إلى الدوحة.", "relations"),
        # ceasefire: an indefinite ceasefire, military operations suspended or halted, attacks stopped, fighting ended
        ("أعلنت إسرائيل الاثنين وقف إطلاق نار أحادي الجانب في غزة.", "ceasefire"),
        ("أعلن التحالف الاثنين تعليق عملياته العسكرية في الحديدة.", "ceasefire"),
        ("أوقفت تركيا الاثنين عملياتها العسكرية في شمال سوريا.", "ceasefire"),
        ("أعلن الجيش الليبي الاثنين وقفا للعمليات العسكرية في طرابلس.", "ceasefire"),
        ("أعلن الحوثيون الاثنين وقف الهجمات على السعودية.", "ceasefire"),
        ("توقفت الاثنين المعارك في طرابلس بين قوات الوفاق وقوات حفتر.", "ceasefire"),
    ],
)
def test_war_wording_names_its_event(text: str, event_type: str) -> None:
    assert of_type(extract(text, MAY), event_type), text


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # a crisis or hackers striking, an earthquake
        ("ضربت الأزمة الاقتصادية الاثنين مواقع الإنتاج في لبنان.", "attack"),
        ("ضرب قراصنة إلكترونيون الاثنين مواقع حكومية في إيران.", "attack"),
        ("ضرب زلزال بقوة 6 درجات الاثنين جنوب إيران.", "attack"),
        # attacked in words, operations of rescue or politics, a traffic ticket, flowers showered
        ("هوجم الوزير الاثنين على مواقع التواصل الاجتماعي بسبب تصريحاته.", "attack"),
        ("أطلقت الحكومة الاثنين عملية إجلاء واسعة للعالقين في ووهان.", "attack"),
        ("أطلقت الأمم المتحدة الاثنين عملية سياسية جديدة في ليبيا.", "attack"),
        ("تصدت الحكومة الاثنين لقصف إعلامي من المعارضة.", "attack"),
        ("حرر شرطي المرور الاثنين مخالفة لسائق في القاهرة.", "attack"),
        ("أمطرت الجماهير الاثنين اللاعبين بالورود في الملعب.", "attack"),
        # a company wound up, terrorism to be ended, a life ended
        ("قررت الشركة الاثنين تصفية أعمالها في مصر.", "attack"),
        ("دعا الرئيس الاثنين إلى القضاء على الإرهاب.", "attack"),
        ("قضى المتهم الاثنين على حياته في السجن.", "attack"),
        # a description of a place, a court's sentence, a designation in force since years past
        ("وصفت روسيا الاثنين إدلب بأنها وكر للإرهابيين.", "attack"),
        ("قضت محكمة مصرية الاثنين على 20 إرهابيا بالسجن المؤبد.", "attack"),
        ("تصنف السلطات المصرية الإخوان منظمة إرهابية منذ عام 2013.", "sanctions"),
        # a company's market positions, a telegram to a soldier, pictures spreading
        ("عززت الشركة الاثنين مواقعها في السوق الخليجية.", "deployment"),
        ("أرسل الرئيس الاثنين برقية تهنئة إلى جندي جريح.", "deployment"),
        ("انتشرت الاثنين صور الشرطة العسكرية على مواقع التواصل.", "deployment"),
        # the wounded or fighters with their families carried off
        ("نقلت قوات الدفاع المدني الاثنين الجرحى المقاتلين إلى المستشفى في إدلب.", "deployment"),
        ("نقلت الحافلات الاثنين مئات المقاتلين وعائلاتهم إلى الشمال السوري.", "deployment"),
        # a central bank's market operation
        ("ضخ البنك المركزي المصري الاثنين مليار دولار في السوق.", "aid"),
        # terror financing stopped, a fuel subsidy cut, trading halted on the stock exchange
        ("أوقفت الحكومة الاثنين تمويل الجماعات الإرهابية.", "sanctions"),
        ("خفضت الحكومة الاثنين الدعم المالي للوقود.", "sanctions"),
        ("أوقفت البورصة الاثنين التداول على أسهم الشركة.", "sanctions"),
        # talks broken off are no ceasefire
        ("توقفت الاثنين المباحثات بين الطرفين.", "ceasefire"),
    ],
)
def test_other_sense_names_no_event(text: str, event_type: str) -> None:
    assert not of_type(extract(text, MAY), event_type), text
