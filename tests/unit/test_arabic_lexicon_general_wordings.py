"""Arabic trigger lexicon coverage: standard press wordings of each event type that the verbs
already held left out (setting off on a trip, a guest alighting at a host's, troops crossing a causeway or a river, an oath sworn by its other verb, an office taken up
or a ruler ousted with the office or the person named, a successor in power, a diplomatic crisis
ended, ties raised to ambassadors, relief undertaken, an arrest by the bare verb of seizing, a
referral to a named court); and the English wording of an office taken up. Words of the same
spelling with another sense (a grip held, a curtain drawn aside, a guest of a television programme, tourists travelling, a ball
caught) name no event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MAY = "2021-05-11"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # visit: setting off for a place, with the article or a pronoun on the saddlebags
        ("شد الرئيس التركي الاثنين الرحال إلى الدوحة.", "visit"),
        ("وشد وزير الخارجية القطري رحاله الاثنين نحو طهران.", "visit"),
        # visit: a guest of a host by the verb of alighting, with the visitor between
        ("ونزل أمير قطر الاثنين ضيفا على العاهل المغربي في الرباط.", "visit"),
        # deployment: troops crossing a causeway or a river, as they cross a border
        ("عبرت قوات سعودية الاثنين جسر الملك فهد إلى البحرين.", "deployment"),
        ("عبرت دبابات تركية الاثنين نهر الفرات إلى منبج.", "deployment"),
        # appointment: the oath sworn by the verb of swearing
        ("أقسم الرئيس التونسي الاثنين اليمين أمام البرلمان.", "appointment"),
        ("وأقسمت رئيسة الحكومة التونسية الاثنين اليمين أمام الرئيس قيس سعيد.", "appointment"),
        # appointment: an office taken up with a long name before it
        ("تولى الأمير محمد بن سلمان الاثنين منصب ولي العهد.", "appointment"),
        ("تولى وزير الخارجية الأسبق عمرو موسى الاثنين مهام الأمين العام للجامعة.", "appointment"),
        # appointment: an office holder pushed out of his post, a ruler ousted
        ("أزاح الرئيس السوداني الاثنين رئيس أركان الجيش من منصبه.", "appointment"),
        ("أزاح الجيش المصري الرئيس محمد مرسي في يوليو 2013.", "appointment"),
        # appointment: a successor in power or in an office
        ("خلف الأمير تميم الاثنين والده في الحكم.", "appointment"),
        ("خلفه ولي العهد السعودي الاثنين في منصب رئيس الوزراء.", "appointment"),
        ("Saudi Crown Prince Mohammed bin Salman took up the post of prime minister on Monday.", "appointment"),
        # relations: a diplomatic crisis ended, ties raised to the level of ambassadors
        ("أنهت الرباط وبرلين الاثنين الأزمة الدبلوماسية بينهما.", "relations"),
        ("رفعت تركيا ومصر الاثنين العلاقات إلى مستوى السفراء.", "relations"),
        # aid: the cost of rebuilding or of treatment undertaken by a state
        ("تكفلت الكويت الاثنين بإعادة إعمار مستشفى في الموصل.", "aid"),
        ("تكفلت السعودية الاثنين بعلاج الجرحى اليمنيين.", "aid"),
        # arrest: the bare verb of seizing with its subject between, a referral to a named court
        ("قبضت الشرطة المصرية الاثنين على الناشط علاء عبد الفتاح في القاهرة.", "arrest"),
        ("وقبضت قوات الأمن التونسية الاثنين على النائب سيف الدين مخلوف.", "arrest"),
        ("أحالت النيابة المصرية الاثنين علاء عبد الفتاح إلى محكمة الجنايات.", "arrest"),
    ],
)
def test_general_press_wordings_name_their_event(text, event_type):
    assert of_type(extract(text, MAY), event_type), extract(text, MAY)


@pytest.mark.parametrize(
    "text",
    [
        # a grip tightened on a region
        "أحكم الجيش المصري قبضته على سيناء.",
        "وعززت حركة طالبان قبضتها على مدينة قندهار.",
        # aid carried across a crossing by peacekeepers
        "تصل المساعدات إلى المدنيين عبر قوات حفظ السلام من المعبر.",
        # a ball caught
        "قبض اللاعب على الكرة بيديه.",
        # a curtain drawn from a statue
        "أزاح الرئيس المصري الستار عن تمثال الرئيس الراحل.",
        # a question of who will succeed
        "يتساءل المصريون عمن سيخلف الرئيس في الحكم.",
        # a guest of a television programme, not of a host
        "حل وزير الخارجية المصري الاثنين ضيفا على برنامج حواري في قناة الجزيرة.",
        "نزل الوزير اللبناني ضيفا على حلقة من برنامج صباحي.",
        # tourists travelling; a company paying its staff's treatment
        "شد آلاف السياح الرحال إلى شرم الشيخ.",
        "تكفلت الشركة بنفقات علاج موظفيها.",
        # demands raised to a level
        "رفع المحتجون سقف مطالبهم إلى مستوى غير مسبوق.",
        # an office expected to be taken up
        "من المتوقع أن يتولى ولي العهد منصب رئيس الوزراء.",
        # troops taking up positions; a post at a club
        "Soldiers took up positions along the border.",
        "He took up the post of coach at the club.",
    ],
)
def test_other_senses_of_the_general_words_are_no_event(text):
    assert extract(text, MAY) == [], extract(text, MAY)
