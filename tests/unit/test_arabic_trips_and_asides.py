"""Arabic deeds whose words stand apart, and trips told by leaving or arriving.

- Two short asides in a row between the parts of a pattern (، أمس الثلاثاء، بالقصر الملكي في
  الرباط،), the day then the place, count no more than one: the closing comma of the first
  opens the second.
- The words that make an arrival no trip (troops, a count, migrants) are read after the
  arrival only up to the comma that closes its clause: what follows (، حيث هنأ القوات) tells
  what the traveller did there.
- A leaving told with where the traveller went (غادر بيروت إلى الرياض) is the trip there;
  people leaving their homes, migrants or a prison are not.
"""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words, extract, of_type

from events.resources import load_resources
from events.text.normalize import fold
from events.triggers import find_triggers


@pytest.mark.parametrize(
    ("text", "published", "countries", "day"),
    [
        (
            "وقّع المغرب وإسرائيل والولايات المتحدة، أمس الثلاثاء، بالقصر الملكي في الرباط، إعلاناً مشتركاً يؤطر استئناف العلاقات.",
            "2020-12-23",
            {"MAR", "ISR", "USA"},
            "2020-12-22",
        ),
        (
            "ووقع الأردن والعراق ومصر، يوم الأحد، في العاصمة الأردنية عمان، بروتوكولا للتعاون في مجال الطاقة.",
            "2021-03-30",
            {"JOR", "IRQ", "EGY"},
            "2021-03-28",
        ),
    ],
)
def test_two_short_asides_in_a_row_between_sign_and_its_document(text, published, countries, day):
    (deal,) = of_type(extract(text, published), "agreement")
    assert set(deal["countries"]) >= countries
    assert deal["date"] == day


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وقّع البلدان، أمس، بالقصر الرئاسي في القاهرة، اتفاقية للتعاون.", True),
        ("وقّع البلدان، أمس، بالقصر الرئاسي في القاهرة بحضور عدد كبير من المسؤولين والوزراء اتفاقية للتعاون.", False),
    ],
)
def test_an_aside_counts_only_while_it_is_short(text, found):
    assert bool([w for w in asserted_words(text, "agreement") if w.startswith("وق")]) is found


@pytest.mark.parametrize(
    ("text", "published", "countries", "day"),
    [
        (
            "وكان رئيس الوزراء العراقي حيدر العبادي قد وصل إلى الموصل يوم الأحد، حيث هنأ القوات المسلحة وتفقد المناطق المحررة.",
            "2017-07-11",
            {"IRQ"},
            "2017-07-09",
        ),
        (
            "ووصل الرئيس المصري إلى الخرطوم أمس، حيث زار مقر قيادة القوات المسلحة السودانية.",
            "2021-03-07",
            {"EGY", "SDN"},
            "2021-03-06",
        ),
    ],
)
def test_troops_told_past_the_arrival_clause_leave_the_trip(text, published, countries, day):
    (visit,) = of_type(extract(text, published), "visit")
    assert set(visit["countries"]) == countries
    assert visit["date"] == day


@pytest.mark.parametrize(
    "text",
    [
        "ووصلت إلى المدينة، أمس، قوات إضافية من الجيش.",
        "ووصل عدد القتلى، بحسب مصادر طبية، إلى خمسين.",
    ],
)
def test_troops_or_a_count_in_the_arrival_clause_are_no_trip(text):
    assert asserted_words(text, "visit") == []


@pytest.mark.parametrize(
    ("text", "published", "countries", "day"),
    [
        ("وكان رئيس الوزراء اللبناني سعد الحريري قد غادر بيروت إلى الرياض مساء الجمعة.", "2017-11-05", {"LBN", "SAU"}, "2017-11-03"),
        ("وغادر وزير الخارجية الأردني عمان إلى دمشق صباح أمس.", "2023-02-16", {"JOR", "SYR"}, "2023-02-15"),
    ],
)
def test_leaving_for_a_place_is_a_trip(text, published, countries, day):
    (visit,) = of_type(extract(text, published), "visit")
    assert set(visit["countries"]) == countries
    assert visit["date"] == day


@pytest.mark.parametrize(
    "text",
    [
        "وغادر آلاف السكان منازلهم إلى المخيمات هربا من القصف.",
        "وغادر مئات المهاجرين ليبيا إلى إيطاليا على متن قوارب.",
        "وغادر المعارض السجن إلى منزله بعد الإفراج عنه.",
    ],
)
def test_leaving_homes_or_prison_is_no_trip(text):
    assert asserted_words(text, "visit") == []


# A meeting named after في or خلال a few words after a verb in the past that would govern
# it (اتفق، طالب، دعا) is where that verb's deed was done: the meeting was held. A noun of
# taking part before the preposition, or a verbal noun after ب between, makes it the
# meeting of a deed asked for or decided on.
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("فيما اتفق قادة الاتحاد الأوروبي في قمة طارئة في بروكسل ليل الخميس على حزمة عقوبات.", "asserted"),
        ("واتفق الوزراء خلال اجتماعهم في القاهرة على تشكيل لجنة مشتركة.", "asserted"),
        ("وطلبت كتلة الحزب التعجيل بمناقشة الاتفاقيات وإقرارها في اجتماع اليوم.", "demanded"),
        ("واتفق البلدان على المشاركة في القمة المقبلة.", "planned"),
        ("واتفق الزعيمان على عقد قمة في الرياض.", "planned"),
    ],
)
def test_a_meeting_after_a_preposition_is_where_the_verb_was_done(text, modality):
    found = [
        t.modality
        for t in find_triggers(text, fold(text), load_resources().triggers)
        if t.event_type == "meeting"
    ]
    assert found and found[0] == modality


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وعقد مجلس الأمن الدولي ليل الأربعاء جلسة طارئة بطلب من أوكرانيا.", True),
        ("وعقد مجلس الجامعة العربية جلسة استثنائية على مستوى المندوبين.", True),
        ("وعقد البرلمان العراقي جلسة استثنائية لمناقشة الموازنة.", False),
        ("وعقدت المحكمة جلسة علنية للنظر في القضية.", False),
    ],
)
def test_an_emergency_session_of_an_international_body_is_a_meeting(text, found):
    assert bool(asserted_words(text, "meeting")) is found


def test_an_emergency_security_council_session_is_dated_and_kept():
    text = "وعقد مجلس الأمن الدولي ليل الأربعاء جلسة طارئة بطلب من أوكرانيا، هي الثانية خلال أسبوع."
    (meeting,) = of_type(extract(text, "2022-02-25"), "meeting")
    assert meeting["date"] == "2022-02-23"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("ووصل إلى الظهران أمس عدد من القادة العرب، بينهم الرئيس المصري.", True),
        ("ووصل عدد القتلى إلى خمسين بحسب مصادر طبية.", False),
        ("ووصل عددهم إلى مئة.", False),
    ],
)
def test_a_number_of_people_arrives_but_a_count_reaches(text, found):
    assert bool(asserted_words(text, "visit")) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وكان أردوغان قد دعا أنصاره إلى النزول إلى الشوارع، فتدفق الآلاف إلى الساحات في إسطنبول رفضاً للانقلاب، ووقف بعضهم أمام الدبابات.", True),
        ("وتجمع مئات المواطنين أمام السفارة تنديداً بالقرار.", True),
        ("وخرج عشرات الآلاف إلى شوارع الخرطوم وأم درمان.", True),
        ("وتقدمت القوات نحو المدينة رفضا للاتفاق.", False),
        ("وتدفق آلاف اللاجئين إلى الحدود رفضا للعودة.", False),
    ],
)
def test_crowds_going_out_in_rejection_protest(text, found):
    assert bool(asserted_words(text, "protest")) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("انطلقت أمس فعاليات التدريب المصري السوداني المشترك \"حماة النيل\" في قاعدة أم سيالة.", True),
        ("واختتمت المناورات البحرية السعودية الباكستانية المشتركة في بحر العرب.", True),
        ("وأعلنت الوزارة عن برنامج التدريب الأمني المشترك للشرطة.", False),
    ],
)
def test_a_joint_exercise_with_its_countries_adjectives_between(text, found):
    assert bool(asserted_words(text, "military_exercise")) is found


def test_a_joint_exercise_dated_and_placed():
    text = "انطلقت أمس فعاليات التدريب المصري السوداني المشترك \"حماة النيل\" في قاعدة أم سيالة العسكرية في السودان."
    (exercise,) = of_type(extract(text, "2021-05-27"), "military_exercise")
    assert exercise["date"] == "2021-05-26"
    assert {"EGY", "SDN"} <= set(exercise["countries"])


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("وأعلن أردوغان أن وحدات من الجيش التركي بدأت التحرك تدريجياً نحو ليبيا.", True),
        ("وتتهم دول غربية المجلس العسكري بالاستعانة بمرتزقة من مجموعة فاغنر الذين بدأوا الانتشار في البلاد.", True),
        ("وبدأت طلائع القوات المصرية الوصول إلى الخرطوم على متن طائرات نقل عسكرية.", True),
        ("وبدأ المتظاهرون التحرك نحو القصر الرئاسي.", False),
    ],
)
def test_troops_beginning_to_move_or_deploy(text, found):
    assert bool(asserted_words(text, "deployment")) is found


# A verb in the present after قبل أن tells what came next when the sentence before it tells
# the past: an event verb in the past, or a word of a day gone by (أمس، الماضي). A cue of a
# deed not done counts against it only if it would govern an event of the type.
@pytest.mark.parametrize(
    ("text", "event_type", "modality"),
    [
        ("وقال بن عوف ظهر أمس إن الجيش قرر تعطيل العمل بالدستور، قبل أن يؤدي مساءً اليمين الدستورية رئيساً للمجلس.", "appointment", "asserted"),
        ("وأعلن الجيش الأسبوع الماضي حل البرلمان، قبل أن يؤدي قائده اليمين رئيسا للبلاد.", "appointment", "asserted"),
        ("وسيصل الرئيس غدا إلى الرياض، قبل أن يزور القاهرة.", "visit", "planned"),
        ("ويريد الرئيس حسم الملف قبل أن يتسلم خلفه منصبه.", "appointment", "planned"),
        ("وقال الوزير أمس إن بلاده تريد التوصل إلى حل قبل أن يزور المبعوث المنطقة.", "visit", "planned"),
    ],
)
def test_before_that_after_a_day_gone_by_tells_what_came_next(text, event_type, modality):
    found = [t.modality for t in find_triggers(text, fold(text), load_resources().triggers) if t.event_type == event_type]
    assert found and found[-1] == modality


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("ولا ننسى احتجاجات نوفمبر 2019 التي اندلعت بعد رفع أسعار البنزين.", "asserted"),
        ("ولم ينس العراقيون احتجاجات تشرين التي قمعت بعنف.", "asserted"),
        ("ولا توجد احتجاجات في المدينة.", "negated"),
    ],
)
def test_a_negated_forgetting_recalls_the_event(text, modality):
    found = [t.modality for t in find_triggers(text, fold(text), load_resources().triggers) if t.event_type == "protest"]
    assert found and found[0] == modality


@pytest.mark.parametrize(
    ("text", "event_type", "found"),
    [
        ("الجولة السادسة بدأت يوم السبت الماضي بين إيران ودول مجموعة 4+1.", "meeting", True),
        ("وتجرى الجولة الثانية من الانتخابات الرئاسية بين المرشحين الأحد.", "meeting", False),
        ("هناك حوار جرى في بغداد في أبريل الماضي بين مسؤولين إيرانيين وسعوديين.", "meeting", True),
        ("ونشرت الصحيفة حوار صحفي جرى بين مراسلها والوزير.", "meeting", False),
        ("وأفاد مصدر أن وزيرة الخارجية الكندية كريستيا فريلاند تحدثت مع نظيريها في ألمانيا والسويد.", "meeting", True),
        ("وتحدث الوزير مع الصحفيين عن الأزمة.", "meeting", False),
        ("وكانت المسيرات قد انطلقت في 22 فبراير الماضي رفضاً لترشح بوتفليقة لولاية خامسة.", "protest", True),
        ("وكانت المسيرات العسكرية قد انطلقت من القاعدة.", "protest", False),
    ],
)
def test_rounds_dialogues_talks_with_counterparts_and_marches_in_rejection(text, event_type, found):
    assert bool(asserted_words(text, event_type)) is found
