"""Arabic: ballots told as cast days before a country's catalogued election, the seat
of a body named beside it, the headlines of linked reports between the paragraphs, the deed a
response answers, arrests of people told only by what the source called them, the side an attack
is aimed at, a complementizer with its vowel marks, آخر read as "the last", a deed described in a
reaction, fighting told twice, a sentence opening on the decision of an event told before."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # ballots told as cast, two days before the catalogued general vote: the early vote of that day
        ("توافد آلاف الجنود العراقيين إلى مراكز الاقتراع في بغداد للإدلاء بأصواتهم.", ["2018-05-10"]),
        ("اصطف مقاتلو البشمركة أمام مراكز الاقتراع في إقليم كردستان العراق، للإدلاء بأصواتهم.", ["2018-05-10"]),
        ("وقال شرطي عراقي عقب الإدلاء بصوته في البصرة إنه يريد التغيير.", ["2018-05-10"]),
        # the coming vote itself, spoken of before it is held
        ("وفرضت القوات الأمنية إجراءات مشددة على مداخل مراكز الاقتراع في العراق.", []),
        ("يستعد العراقيون للإدلاء بأصواتهم في الانتخابات التشريعية.", []),
        ("دعا المرجع الشيعي العراقيين إلى الإدلاء بأصواتهم في الانتخابات.", []),
        ("يتوجه العراقيون السبت إلى مراكز الاقتراع للإدلاء بأصواتهم.", []),
    ],
)
def test_ballots_cast_before_the_catalogued_election_are_the_early_vote(text, dates):
    found = of_type(extract(text, "2018-05-10"), "election")
    assert sorted(e["date"] for e in found) == dates, found


@pytest.mark.parametrize(
    ("text", "countries", "place"),
    [
        # the seat of the source is neither a party nor the place
        (
            "وذكرت وكالة رويترز أن المرصد السوري لحقوق الإنسان، ومقره بريطانيا، قال إن الجيش السوري "
            "قصف آخر معقل للمعارضة صباح اليوم الأربعاء.",
            ["SYR"],
            "SYR",
        ),
        ("أعلن المرصد ومقره بريطانيا مقتل 20 مدنيا في غارات روسية على إدلب أمس.", ["RUS", "SYR"], "SYR"),
        ("قتل 20 مدنيا في غارات روسية على إدلب أمس، بحسب منظمة تتخذ من بريطانيا مقرا لها.", ["RUS", "SYR"], "SYR"),
        # a country named as a side is one
        ("قصفت الطائرات البريطانية مواقع في سوريا أمس.", ["GBR", "SYR"], "SYR"),
        # a seat that is the object of the deed is its place
        ("قصفت الطائرات الروسية مقرها في سوريا أمس.", ["RUS", "SYR"], "SYR"),
        ("قالت المنظمة التي مقرها بريطانيا إن الطائرات الروسية قصفت إدلب أمس.", ["RUS", "SYR"], "SYR"),
    ],
)
def test_the_seat_of_a_body_is_no_party_nor_place(text, countries, place):
    found = of_type(extract(text, "2018-09-05"), "attack")
    assert [(sorted(e["countries"]), e["location"]["country"]) for e in found] == [(countries, place)], found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a short line with no end of sentence, between paragraphs: a linked report's headline
        (
            "قتل جنديان تركيان في هجوم على موقع للجيش في عفرين أمس.\n"
            "إسقاط مروحية عسكرية تركية بشمال سوريا\n"
            "ويواصل الجيش التركي عمليته في المنطقة.",
            ["2018-02-11"],
        ),
        (
            "قتل جنديان تركيان في هجوم على موقع للجيش في عفرين أمس.\n"
            "معارك عفرين: خارطة الأعداء والحلفاء المتحركة\n",
            ["2018-02-11"],
        ),
        (
            "قتل جنديان تركيان في هجوم على موقع للجيش في عفرين أمس.\n"
            "قوات مدعومة من التحالف بقيادة السعودية تشن هجوما على ميناء الحديدة باليمن\n"
            "ويواصل الجيش التركي عمليته في المنطقة.",
            ["2018-02-11"],
        ),
        # the first line, or a long one, is the story's own even with no full stop
        ("إسقاط مروحية عسكرية تركية بشمال سوريا\nوقال الجيش إن طاقمها قتل.", ["2018-02-12"]),
        (
            "قال الجيش إن طاقم المروحية قتل.\n"
            "تعرضت مواقع للجيش التركي في عفرين لقصف مدفعي من قبل المقاتلين الأكراد، السبت، وذلك بعد يوم من وصول تعزيزات\n",
            ["2018-02-10"],
        ),
        (
            "قال الجيش إن طاقم المروحية قتل.\n"
            "كما قصفت المدفعية التركية مواقع للمقاتلين الأكراد في عفرين السبت.45425532\n",
            ["2018-02-10"],
        ),
    ],
)
def test_a_linked_report_s_headline_tells_no_event(text, dates):
    found = of_type(extract(text, "2018-02-12"), "attack")
    assert sorted(e["date"] for e in found) == dates, found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the deed responded to is another event than the response, though of its type
        (
            'كما شنت الولايات المتحدة وفرنسا غارات جوية "ردا على هجوم كيماوي على مدينة دوما السورية، الأسبوع الماضي".',
            ["2018-04-07", "2018-04-14"],
        ),
        ("وشنت الولايات المتحدة غارات جوية ردا على الهجوم الكيماوي على مدينة دوما.", ["2018-04-07", "2018-04-14"]),
        # with no date and no catalog entry of its own it is left out, as a deed after بعد is
        ("قصفت إسرائيل مواقع في غزة أمس ردا على هجوم صاروخي.", ["2018-04-13"]),
        ("قصفت إسرائيل مواقع في غزة أمس بعد هجوم صاروخي.", ["2018-04-13"]),
    ],
)
def test_the_deed_a_response_answers_is_another_event(text, dates):
    found = of_type(extract(text, "2018-04-14"), "attack")
    assert sorted(e["date"] for e in found) == dates, found


@pytest.mark.parametrize(
    ("text", "arrests"),
    [
        # people told only by what the source called them: no named person, no event
        ("أعلن النائب العام عن اعتقال من وصفهم بمثيري أعمال الشغب ممن خرجوا في احتجاجات السوق في طهران الاثنين.", 0),
        # a named person, though described by the source, is one
        ("أعلنت الداخلية المصرية توقيف هشام جنينة بمحيط السفارة الأمريكية.", 1),
        ("اعتقلت السلطات الإيرانية الناشطة نسرين ستوده، التي وصفتها بأنها مثيرة للشغب.", 1),
    ],
)
def test_an_arrest_of_people_told_only_by_what_the_source_called_them_is_no_event(text, arrests):
    found = of_type(extract(text, "2018-06-26"), "arrest")
    assert len(found) == arrests, found


@pytest.mark.parametrize(
    ("text", "initiator", "place"),
    [
        # the owner of the positions or targets struck is the side attacked
        ('شنت القوات الجوية العراقية الخميس، ضربات جوية ضد مواقع لتنظيم "الدولة الإسلامية" داخل الأراضي السورية.', "IRQ", "SYR"),
        ("جددت مقاتلات التحالف العربي، الجمعة، قصفها لأهداف ومواقع ميليشيات الحوثي في العاصمة صنعاء.", "saudi_led_coalition", "YEM"),
        ("وكانت الولايات المتحدة قد شنت ضربات جوية استهدفت نظام الرئيس السوري بشار الأسد في منتصف أبريل الماضي.", "USA", "SYR"),
        # a doer named after the aim, by a verb of its own, stays the doer
        ("قتل خمسة جنود مصريين في هجوم على مواقع للجيش نفذه تنظيم داعش في سيناء أمس.", "islamic_state", "EGY"),
        # fighters after ل are the doer's ("an attack by the group's militants"), after على the target's
        ("قتل خمسة جنود عراقيين في هجوم لمسلحي تنظيم داعش على موقع للجيش في الأنبار أمس.", "islamic_state", "IRQ"),
        ("شن تنظيم داعش هجوما على قوات الجيش العراقي في الأنبار أمس.", "islamic_state", "IRQ"),
    ],
)
def test_the_side_an_attack_is_aimed_at_is_not_its_doer(text, initiator, place):
    found = of_type(extract(text, "2018-06-14"), "attack")
    assert [(e["actor1"], e["location"]["country"]) for e in found] == [(initiator, place)], found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # reported speech with no date of its own, whether or not the complementizer bears its vowel marks
        ("وقال خبراء المجلس إِن ضربات جوية شنها التحالف في اليمن تسببت في خسائر بالغة في أرواح المدنيين.", []),
        ("وقال خبراء المجلس إنّ ضربات جوية شنها التحالف في اليمن تسببت في خسائر بالغة.", []),
        ("وقال خبراء المجلس إن ضربات جوية شنها التحالف في اليمن تسببت في خسائر بالغة.", []),
        # with a date of its own it is told
        ("وقال خبراء المجلس إِن ضربات جوية شنها التحالف في اليمن أمس قتلت عشرة مدنيين.", ["2018-09-01"]),
    ],
)
def test_a_complementizer_with_vowel_marks_opens_reported_speech(text, dates):
    found = of_type(extract(text, "2018-09-02"), "attack")
    assert sorted(e["date"] for e in found) == dates, found


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        # "آخر" before a noun of place is "the last": the shelling is the one told again
        (
            "وذكرت وكالة رويترز أن الجيش السوري قصف آخر معقل للمعارضة صباح اليوم الأربعاء. "
            "وقالت وسائل إعلام سورية إن القوات الموالية للحكومة السورية ركزت قصفها يوم الأربعاء على أجزاء تحيط بمدينة جسر الشغور.",
            1,
        ),
        # after the event word it is "another"
        ("قتل جنديان مصريان في هجوم في العريش أمس. وفي هجوم آخر في الشيخ زويد قتل ثلاثة جنود مصريين أمس.", 2),
    ],
)
def test_akhir_before_a_noun_of_place_is_the_last_not_another(text, attacks):
    found = of_type(extract(text, "2018-09-05"), "attack")
    assert len(found) == attacks, found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a deed a statement describes ("ووصفت نشر القوات بغير المبرر") is the one told on its own day
        (
            "أرسلت الإمارات قوات عسكرية إلى جزيرة سقطرى اليمنية في الثاني من مايو. "
            "وأدانت الحكومة اليمنية هذه الخطوة في بيان رسمي صدر الأحد ووصفت نشر القوات الإماراتية في الجزيرة بغير المبرر.",
            ["2018-05-02"],
        ),
        (
            "أرسلت الإمارات قوات عسكرية إلى جزيرة سقطرى اليمنية في الثاني من مايو. "
            "واعتبرت الحكومة اليمنية في بيان صدر الأحد نشر القوات الإماراتية في الجزيرة عملا عدائيا.",
            ["2018-05-02"],
        ),
        # with no telling of its own before, the described deed keeps its day
        ("واعتبرت الحكومة اليمنية في بيان صدر الأحد نشر القوات الإماراتية في سقطرى عملا عدائيا.", ["2018-05-06"]),
    ],
)
def test_a_deed_described_in_a_reaction_is_the_one_told_on_its_own_day(text, dates):
    found = of_type(extract(text, "2018-05-08"), "deployment")
    assert sorted(e["date"] for e in found) == dates, found


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        # fighting between sides, told twice with a different side named first: one event
        (
            "احتدم القتال في اليمن بين قوات الحكومة والحوثيين للسيطرة على ميناء الحديدة اليوم الخميس. "
            "وتصاعدت حدة المعارك التي يخوضها التحالف بقيادة السعودية قرب مطار الحديدة اليوم الخميس.",
            1,
        ),
        # strikes told beside the fighting stay an event of their own
        (
            "احتدم القتال في اليمن بين قوات الحكومة والحوثيين للسيطرة على ميناء الحديدة اليوم الخميس. "
            "وشنت طائرات التحالف بقيادة السعودية غارات جوية على مواقع الحوثيين قرب المطار اليوم الخميس.",
            2,
        ),
    ],
)
def test_fighting_told_twice_is_one_event_whichever_side_is_named_first(text, attacks):
    found = of_type(extract(text, "2018-06-14"), "attack")
    assert len(found) == attacks, found


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a sentence that opens on the decision of the event told before tells no new one
        (
            "فتحت السلطات السعودية الخميس الحدود البرية مع قطر. "
            "ويأتي قرار فتح الحدود لمدة شهر كامل قبل ساعات من قمة تستضيفها إسطنبول.",
            ["2018-05-17"],
        ),
        # with none told before, it is the news
        ("ويأتي قرار فتح الحدود مع قطر بعد أيام من احتجاجات في الدوحة.", ["2018-05-18"]),
    ],
)
def test_a_sentence_opening_on_the_decision_of_an_event_told_before_tells_no_new_one(text, dates):
    found = of_type(extract(text, "2018-05-18"), "relations")
    assert sorted(e["date"] for e in found) == dates, found
