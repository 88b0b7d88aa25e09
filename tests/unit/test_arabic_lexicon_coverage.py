"""Arabic trigger lexicon coverage: the common news vocabulary of each event type, in the verb
forms and verbal nouns outlets use, names its event; words of the same spelling with another
sense (a comment, a quotation, a consensus of views, worshippers gathering) do not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MAY = "2021-05-11"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # visit: travel told by the verb of heading somewhere, or a guest's stay, the subject between
        ("توجه الرئيس التركي رجب طيب أردوغان الاثنين إلى الدوحة.", "visit"),
        ("غادر وزير الخارجية القطري الدوحة الاثنين متوجها إلى أنقرة.", "visit"),
        ("حل وزير الخارجية الروسي سيرغي لافروف الاثنين ضيفا على الجزائر.", "visit"),
        # meeting: matters discussed with someone named after a long title
        ("ناقش وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي الاثنين الأوضاع في ليبيا.", "meeting"),
        ("بحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي الاثنين الأوضاع في ليبيا.", "meeting"),
        # agreement: documents signed, by their broken and dual plurals, the dual in a construct
        ("وقع الجانبان المصري والسوداني الاثنين ثلاث وثائق للتعاون.", "agreement"),
        ("وقعت الإمارات والبحرين الاثنين اتفاقيتي سلام مع إسرائيل.", "agreement"),
        # ratification: an agreement passed by a parliament
        ("مرر البرلمان التركي الاثنين الاتفاقية العسكرية مع قطر.", "ratification"),
        # sanctions: ties frozen or suspended, a diplomat declared unwelcome, entry or visas stopped
        ("جمدت السعودية الاثنين علاقاتها مع كندا.", "sanctions"),
        ("علقت المغرب الاثنين علاقاتها مع ألمانيا.", "sanctions"),
        ("أعلنت تونس السفير الليبي شخصا غير مرغوب فيه الاثنين.", "sanctions"),
        ("منعت السعودية الاثنين دخول المواطنين القطريين.", "sanctions"),
        ("علقت السعودية الاثنين منح التأشيرات للمواطنين اللبنانيين.", "sanctions"),
        ("أمهلت الكويت الاثنين السفير الإيراني 48 ساعة لمغادرة البلاد.", "sanctions"),
        ("عاقبت الولايات المتحدة الاثنين شركات إيرانية.", "sanctions"),
        # election: seats won, votes counted
        ("حصد حزب العدالة والتنمية 50 مقعدا في البرلمان التركي الاثنين.", "election"),
        ("بدأ الاثنين فرز الأصوات في العراق.", "election"),
        # and by the Maghrebi and Levantine names of an election
        ("انطلق الاثنين الاستحقاق الرئاسي في الجزائر.", "election"),
        ("جرت الاثنين التشريعيات الجزائرية.", "election"),
        # deployment: warplanes sent, warships arriving or docking, troops crossing a border or stationed, observation points set up
        ("نشرت روسيا الاثنين مقاتلات في قاعدة حميميم السورية.", "deployment"),
        ("أرسلت تركيا الاثنين طائرات حربية إلى ليبيا.", "deployment"),
        ("استقدم الجيش الليبي الاثنين وحدات من الجنوب إلى طرابلس.", "deployment"),
        ("وصلت فرقاطة تركية الاثنين إلى ميناء طرابلس الليبي.", "deployment"),
        ("رست سفينة حربية روسية الاثنين في ميناء طرطوس السوري.", "deployment"),
        ("عبرت قوات تركية الاثنين الحدود إلى شمال العراق.", "deployment"),
        ("تمركزت قوات تركية الاثنين في محيط مدينة إدلب السورية.", "deployment"),
        ("أقام الجيش التركي الاثنين نقطة مراقبة جديدة في ريف إدلب السوري.", "deployment"),
        # attack: shelling and raids by their verbs, attacks named by their kind, salvos of rockets
        ("دكت المدفعية التركية الاثنين مواقع المقاتلين الأكراد في شمال سوريا.", "attack"),
        ("أغارت طائرات إسرائيلية الاثنين على مواقع في سوريا.", "attack"),
        ("نفذ مسلحون عملية إرهابية الاثنين في سيناء المصرية.", "attack"),
        ("أصيب جنديان إسرائيليان في عملية دهس الاثنين في الضفة الغربية.", "attack"),
        ("أطلقت حماس الاثنين رشقة صاروخية على إسرائيل.", "attack"),
        ("استشهد جنديان مصريان الاثنين في سيناء برصاص مسلحين.", "attack"),
        ("دمرت طائرات التحالف الاثنين مخزنا للأسلحة في صنعاء اليمنية.", "attack"),
        ("بدأت تركيا الاثنين عملية برية في شمال سوريا.", "attack"),
        # an assassination told in the passive
        ("اغتيل القيادي في حركة حماس صالح العاروري الاثنين في بيروت.", "attack"),
        ("اغتيلت الناشطة العراقية رهام يعقوب الاثنين في البصرة.", "attack"),
        # protest: crowds massing, vigils, strikes from work
        ("احتشد آلاف التونسيين الاثنين أمام البرلمان.", "protest"),
        ("تجمهر عشرات الأردنيين الاثنين أمام السفارة الإسرائيلية في عمان.", "protest"),
        ("تجمع آلاف اللبنانيين الاثنين في ساحة الشهداء ببيروت.", "protest"),
        ("نظم صحفيون مغاربة الاثنين وقفة تضامنية أمام البرلمان في الرباط.", "protest"),
        ("أضرب المعلمون في الأردن عن العمل الاثنين.", "protest"),
        ("نفذ أهالي قفصة التونسية الاثنين تحركا احتجاجيا أمام مقر الولاية.", "protest"),
        # aid: planes loaded with relief, grants, vaccine doses and tonnes sent
        ("أرسلت قطر الاثنين طائرة محملة بالمواد الطبية إلى تونس.", "aid"),
        ("قدمت السعودية الاثنين هبة مالية لليمن.", "aid"),
        ("قدمت الصين الاثنين 500 ألف جرعة من اللقاحات إلى مصر.", "aid"),
        # arrest: a person led away by the security forces, sent to prison
        ("اقتادت قوات الأمن المصرية الاثنين الناشط علاء عبد الفتاح إلى جهة مجهولة.", "arrest"),
        ("أودعت السلطات المصرية الاثنين الناشط علاء عبد الفتاح السجن.", "arrest"),
        # arrest in Maghrebi usage: a person stopped, a committal warrant, held in custody
        ("تم الاثنين إيقاف القيادي في حزب قلب تونس نبيل القروي.", "arrest"),
        ("صدرت الاثنين بطاقة إيداع في حق راشد الغنوشي.", "arrest"),
        ("قررت النيابة العمومية الاثنين الاحتفاظ براشد الغنوشي.", "arrest"),
        # appointment: the oath taken, an inauguration
        ("أدى الرئيس التونسي قيس سعيد القسم الاثنين أمام البرلمان.", "appointment"),
        ("جرت الاثنين مراسم تنصيب الرئيس الأمريكي جو بايدن.", "appointment"),
        # ceasefire: a comprehensive or immediate halt of fire, its adjective between; fire stopped by a side
        ("أعلنت الحكومة اليمنية الاثنين وقفا شاملا لإطلاق النار.", "ceasefire"),
        ("أوقف الجيش الليبي الاثنين إطلاق النار في طرابلس.", "ceasefire"),
        # deployment, by sea and by thrusting troops in
        ("أرسلت روسيا الاثنين سفينة حربية إلى البحر المتوسط قبالة سوريا.", "deployment"),
        ("زج الجيش السوري الاثنين بقوات النخبة إلى ريف إدلب.", "deployment"),
        # military exercise: live-fire drills, tactical exercises, naval passing exercises
        ("نفذت القوات الجزائرية الاثنين مشروعا تكتيكيا بالذخيرة الحية في تندوف.", "military_exercise"),
        ("نفذت وحدات من الجيش المصري الاثنين رماية بالذخيرة الحية في سيناء.", "military_exercise"),
        ("أجرت القوات البحرية المصرية والفرنسية الاثنين تدريبا بحريا عابرا في البحر المتوسط.", "military_exercise"),
        # attack: barrel bombs dropped, a house blown up
        ("ألقت مروحيات الجيش السوري الاثنين براميل متفجرة على داريا.", "attack"),
        ("نسفت القوات الإسرائيلية الاثنين منزل أسير فلسطيني في جنين.", "attack"),
        # aid: an aid plane (an event with no date of its own), a contribution of an amount
        ("وصلت إلى مطار بيروت طائرة مساعدات قطرية.", "aid"),
        ("ساهمت الإمارات الاثنين بمبلغ 50 مليون دولار في إعادة إعمار العراق.", "aid"),
        # appointment: a government formed, the subject between verb and object
        ("شكل رئيس الوزراء العراقي مصطفى الكاظمي الاثنين حكومته الجديدة.", "appointment"),
        # relations: ties restored, a page of dispute turned, a new page opened
        ("استعادت قطر والسعودية علاقاتهما الدبلوماسية الاثنين.", "relations"),
        ("طوت السعودية وقطر الاثنين صفحة الخلاف.", "relations"),
        ("فتحت السعودية وقطر الاثنين صفحة جديدة في علاقاتهما.", "relations"),
        # a blockade lifted by a list of states
        ("رفعت السعودية والإمارات والبحرين ومصر الاثنين الحصار عن قطر.", "relations"),
    ],
)
def test_common_news_vocabulary_names_its_event(text, event_type):
    assert of_type(extract(text, MAY), event_type), extract(text, MAY)


@pytest.mark.parametrize(
    "text",
    [
        # heading: thanks addressed, a policy's direction, voters going to the polls
        "توجه الوزير بالشكر إلى الحكومة القطرية على دعمها.",
        "في إطار توجه الحكومة المصرية إلى خفض الدعم.",
        # searching for someone; a bill debated by parliament
        "بحث الفريق عن ناجين تحت الأنقاض في تركيا.",
        "ناقش البرلمان التونسي الاثنين مشروع قانون المالية.",
        # a comment on relations, on a decision on visas
        "علق وزير الخارجية المصري على العلاقات مع تركيا في مؤتمر صحفي.",
        "وفي تعليق له على علاقات بلاده مع قطر قال الوزير إنها جيدة.",
        "علق الوزير المصري على قرار وقف التأشيرات.",
        # votes a bill won; a seat a team won
        "حصل مشروع القانون على 120 صوتا في البرلمان الأردني.",
        "انتزع المنتخب المغربي الفوز ونال مقعدا في كأس العالم.",
        # pictures of warplanes published; a merchant ship docking
        "نشرت وزارة الدفاع الروسية صورا لمقاتلات فوق سوريا.",
        "وصلت السفينة التجارية إلى ميناء طرابلس الليبي.",
        # a foiled attack; a quotation cited; an earthquake's damage
        "أحبطت قوات الأمن المصرية عملية إرهابية في سيناء.",
        "استشهد الوزير التركي بقول مأثور في كلمته.",
        "دمر الزلزال الاثنين مئات المنازل في تركيا.",
        # worshippers and football fans gathering
        "احتشد المصلون في المسجد الأقصى لأداء صلاة الجمعة.",
        "احتشد آلاف المشجعين في الملعب لمتابعة مباراة المنتخب المصري.",
        "تجمع عشرات المصلين في المسجد لأداء صلاة العيد في القاهرة.",
        # giving an example; what led to what; a committee installed; a page of a life
        "أضرب مثلا على ذلك ما حدث في تونس.",
        "أدى ارتفاع الأسعار في تونس إلى إغلاق القسم.",
        "تم تنصيب لجنة جديدة لمتابعة الانتخابات في الجزائر.",
        "طوى الكاتب المصري صفحة من حياته.",
        # the preposition "through", not the verb of crossing
        "نقل الرئيس الجزائري تحيته عبر قوات الجيش المنتشرة على الحدود.",
        # a threat to a government; a diplomatic effort torpedoed
        "يشكل الوضع خطرا على الحكومة العراقية.",
        "نسف الرئيس التركي الجهود الدبلوماسية في ليبيا.",
        # work stopped, weapons kept, a statement of protest
        "قررت الحكومة التونسية إيقاف العمل بالإجراءات الاستثنائية.",
        "أكد الأمن التونسي الاحتفاظ بالأسلحة المحجوزة في المخازن.",
        "أصدرت الهيئة بيانا احتجاجيا على قرار الحكومة التونسية.",
        # a rescue ship at sea gives no aid
        "ولد طفل على متن سفينة إغاثة وسط البحر المتوسط بعدما أنقذت أمه قبالة ليبيا.",
        # drugs seized by the tonne are no aid
        "ضبطت الشرطة المصرية 5 أطنان من المخدرات في السويس.",
    ],
)
def test_other_senses_of_the_same_words_are_no_event(text):
    assert extract(text, MAY) == [], extract(text, MAY)


def test_tear_gas_thrown_at_protesters_is_no_attack():
    found = extract("ألقت الشرطة التونسية الاثنين قنابل الغاز المسيل للدموع على المحتجين في تونس.", MAY)
    assert not of_type(found, "attack"), found
