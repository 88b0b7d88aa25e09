"""Changes of office. An oath taken with its office after it (أدى ... اليمين
الدستورية رئيسا للمجلس، أدى ... اليمين نائبا له) is an appointment however many words of the
oath-taker's name and titles stand between the verb and the oath, and a second oath told in a
clause of contrast (فيما أدى ...) is a second appointment. A past auxiliary before `قد` (وكان
الرئيس قد تنحى) makes a verb in تـ after it the past perfect's, not "may". An Arabic noun of a
change of office whose object is an office holder (استقالة وزير الدفاع، إعفاء قائد القوات
البحرية) takes place in the country the article is about when its sentence names none. In a
list of changes of office, an act opened after a comma by a phrase of addition (، إضافة إلى
إعفاء ...) is one more act, and a dismissal followed by the appointment of a successor
(إعفاء فلان من منصبه وتعيين فلان بدلا منه) is an act of its own, apart from the dismissal
told before it. In English, "democratically elected" and its like before a noun of a
government or a ruler describe it and tell no election; "first elected" and "was elected" tell an
election; and a date inside an aside that describes a person by a deed of its own ("Abdel
Aziz, first elected in 2009, is stepping down") dates that deed, not the sentence's event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2019-04-12"  # a Friday

OATHS = (
    "أعلن الجيش السوداني، الخميس، تشكيل مجلس عسكري انتقالي في السودان يدير البلاد من الخرطوم. "
    "وأدى الفريق أول أحمد صالح في وقت متأخر من مساء الخميس اليمين الدستورية رئيسا للمجلس العسكري، "
    "فيما أدى رئيس هيئة الأركان الفريق أول محمد علي حسن اليمين نائبا له."
)


def test_two_oaths_are_two_appointments() -> None:
    events = of_type(extract(OATHS, PUB), "appointment")
    assert [(e["date"], e["countries"]) for e in events] == [("2019-04-11", ["SDN"]), ("2019-04-11", ["SDN"])]


@pytest.mark.parametrize(
    ("text", "date", "countries"),
    [
        # the oath-taker's titles and name between the verb and the oath
        ("وأدى رئيس الوزراء العراقي الجديد محمد شياع السوداني مساء الخميس اليمين الدستورية أمام البرلمان.",
         "2019-04-11", ["IRQ"]),
        ("أدى الأمير الكويتي الجديد الشيخ نواف الأحمد الجابر الصباح أمس اليمين الدستورية أميرا للبلاد.",
         "2019-04-11", ["KWT"]),
        # a past auxiliary before قد: the past perfect, not "may"
        ("وكان الرئيس المصري الأسبق حسني مبارك قد تنحى عن الحكم في 11 فبراير 2011.", "2011-02-11", ["EGY"]),
        ("وكانت رئيسة الوزراء التونسية قد تنحت عن منصبها في مارس الماضي.", "2019-03", ["TUN"]),
        # the office holder's office is his state's own: the article's country
        ("أعلنت الحكومة الصومالية حالة الطوارئ في العاصمة مقديشو. "
         "وجاء ذلك بعد إعلان استقالة وزير الدفاع عبد الله حسن أمس.", "2019-04-11", ["SOM"]),
    ],
)
def test_change_of_office_found(text: str, date: str, countries: list[str]) -> None:
    events = of_type(extract(text, PUB), "appointment")
    assert [(e["date"], e["countries"]) for e in events] == [(date, countries)]


@pytest.mark.parametrize(
    "text",
    [
        # قد before a verb in the present stays "may", whatever auxiliary came before
        "وكان الرئيس الجزائري قال إنه قد يتنحى عن الحكم.",
        "وكانت رئيسة الوزراء التونسية قالت إنها قد تتنحى عن منصبها.",
        "كان الوضع في السودان متوترا، وقد تتنحى الحكومة قريبا.",
        # أدى ... إلى: what something led to, no oath
        "وأدى صعود اليمين المتطرف في الانتخابات الأوروبية إلى قلق واسع في ألمانيا.",
        # an office word with no change of office
        "وقال وزير الدفاع الصومالي إن الوضع الأمني تحسن.",
    ],
)
def test_no_change_of_office(text: str) -> None:
    assert of_type(extract(text, PUB), "appointment") == []


DECREES = (
    "أصدر العاهل السعودي الملك سلمان، مساء أمس، أوامر ملكية بتشكيل لجنة عليا لمكافحة الفساد في السعودية. "
    "وتضمنت الأوامر الملكية إعفاء الأمير فهد بن عبد الله من منصبه وزيرا للداخلية، وتعيين الأمير خالد بن سعد خلفا له، "
    "إضافة إلى إعفاء وزير المالية من منصبه وتعيين خالد العمر بدلا منه، "
    "وإعفاء قائد القوات الجوية الفريق سعد الحربي وإحالته إلى التقاعد."
)


def test_each_change_of_a_decree_list() -> None:
    # two dismissals, each with its successor, and a third dismissal: five changes of office
    events = of_type(extract(DECREES, PUB), "appointment")
    assert len(events) == 5
    assert all(e["countries"] == ["SAU"] for e in events)


def test_dismissal_and_its_successor_are_two_changes() -> None:
    text = (
        "أصدر الرئيس التونسي، أمس الخميس، أمرا رئاسيا بإعفاء وزير الداخلية من منصبه، "
        "وتعيين وزير العدل خلفا له بالنيابة."
    )
    assert len(of_type(extract(text, PUB), "appointment")) == 2


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("The two men took part in the coup that toppled Mauritania's first democratically elected president "
         "in August 2008.", "appointment", "2008-08"),
        ("Morsi, Egypt's first democratically elected president, was ousted by the army in July 2013.",
         "appointment", "2013-07"),
        ("Outgoing Mauritanian President Mohamed Ould Abdel Aziz, first elected in 2009, stepped down on Monday.",
         "election", "2009"),
        ("Algeria's President Abdelaziz Bouteflika, who was elected in 1999, resigned on Tuesday.", "election", "1999"),
        ("Algeria's President Abdelaziz Bouteflika, who was elected in 1999, resigned on Tuesday.",
         "appointment", "2019-04-09"),
        ("Ahmed Saleh was later sworn in as head of Sudan's transitional military council.", "appointment", PUB),
        ("Morsi was elected president of Egypt in June 2012.", "election", "2012-06"),
    ],
)
def test_english_office_and_election(text: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Leaders around the world expressed support for Turkey's democratically elected government on Saturday.",
         "election"),
        ("The coup that toppled Mauritania's first democratically elected president drew condemnation in 2008.",
         "election"),
        ("Tunisia's popularly elected president addressed parliament on Thursday.", "election"),
    ],
)
def test_english_no_event(text: str, event_type: str) -> None:
    assert of_type(extract(text, PUB), event_type) == []


def test_aside_year_is_not_the_main_event_s() -> None:
    text = (
        "Outgoing Mauritanian President Mohamed Ould Abdel Aziz, first elected in 2009, "
        "is stepping down after two terms as required by the constitution."
    )
    assert all(e["date"] != "2009" for e in of_type(extract(text, PUB), "appointment"))


def test_one_oath_told_twice_is_one_event() -> None:
    text = (
        "أدى الرئيس المصري عبد الفتاح السيسي اليمين الدستورية لولاية ثانية أمام مجلس النواب السبت. "
        "وللمرة الأولى منذ سنوات، أدى الرئيس عبد الفتاح السيسي السبت اليمين الدستورية أمام البرلمان في القاهرة."
    )
    events = of_type(extract(text, "2018-06-02"), "appointment")
    assert [e["date"] for e in events] == ["2018-06-02"]


def test_two_people_s_oaths_stay_two() -> None:
    text = (
        "أدى رئيس الوزراء المصري مصطفى مدبولي اليمين الدستورية أمام الرئيس السبت. "
        "وأدى وزير الخارجية المصري سامح شكري اليمين الدستورية أمام الرئيس السبت."
    )
    assert len(of_type(extract(text, "2018-06-02"), "appointment")) == 2


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # named in a will: done in the document, at a time the sentence does not give
        ("أدى السلطان الجديد اليمين سلطانا لعمان اليوم السبت. "
         "وقرر مجلس العائلة العمانية صباح اليوم فتح الوصية التي سمّى فيها السلطان الراحل ابن عمه خلفا له.", 1),
        # a naming told on a day of its own stays
        ("عين السلطان العماني، اليوم السبت، وزيرا جديدا للخارجية في مسقط.", 1),
    ],
)
def test_naming_in_a_document(text: str, count: int) -> None:
    assert len(of_type(extract(text, "2020-01-11"), "appointment")) == count


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # the removal and the arrest of one person, joined by و and a pronoun: two deeds
        ("أعلن وزير الدفاع السوداني، الخميس، عزل الرئيس عمر البشير واعتقاله في مكان آمن.",
         ["appointment", "arrest"]),
        ("أعلنت السلطات الليبية، الخميس، إقالة وزير الداخلية واعتقاله بتهمة الفساد.", ["appointment", "arrest"]),
        # an arrest with a detail of the same person: one deed
        ("أعلنت السلطات السودانية، الخميس، اعتقال المعارض البارز في الخرطوم.", ["arrest"]),
    ],
)
def test_deeds_done_to_one_person(text: str, types: list[str]) -> None:
    assert sorted(e["event_type"] for e in extract(text, PUB) if e["event_type"] in ("appointment", "arrest")) == types


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # an English passive in the past: done, in the country the article is about
        ("Sudan's army said it had detained the president. Sudanese protesters stayed in Khartoum. "
         "Ahmed Saleh was later sworn in as head of the transitional military council.", PUB),
        ("Sudan's army said it had detained the president. Sudanese protesters stayed in Khartoum. "
         "The army chief was dismissed on Monday.", "2019-04-08"),
        # quitting an office
        ("Several Lebanese ministers, including Information Minister Manal Abdel Samad, had already quit "
         "over the weekend.", "2019-04-06"),
        ("Jordan's prime minister quit on Monday.", "2019-04-08"),
        # a resignation handed in
        ("Jordanian protesters rallied in Amman on Monday. Jordan was calm. The outgoing premier, "
         "who handed in his government's resignation earlier on Monday, thanked the king.", "2019-04-08"),
        ("Lebanese protesters rallied in Beirut on Monday. Lebanon was calm. Several ministers, including Information Minister "
         "Manal Abdel Samad, had already quit over the weekend.", "2019-04-06"),
    ],
)
def test_english_change_of_office_found(text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "appointment")] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "Qatar's energy minister said the country would quit OPEC in January.",
        "Iran's foreign minister threatened to quit the talks on Monday.",
        "Turkey's president said he quit smoking years ago.",
    ],
)
def test_english_quitting_no_office(text: str) -> None:
    assert of_type(extract(text, PUB), "appointment") == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # quitting told with when or why right after the verb: the deal named later is the cause
        ("Greek Defence Minister Panos Kammenos quit on Jan. 13 in protest over the name deal with Macedonia.", ["2019-01-13"]),
        ("استقال وزير الدفاع اليوناني بانوس كامينوس في 13 يناير احتجاجا على اتفاق الاسم مع مقدونيا.", ["2019-01-13"]),
        # talks or a deal quit, smoking given up: no office left
        ("The Greek foreign minister quit the talks with Macedonia on Jan. 13.", []),
        ("انسحب وزير الخارجية اليوناني من المحادثات مع مقدونيا في 13 يناير.", []),
        ("The Greek minister quit smoking on Jan. 13 after the deal with Macedonia.", []),
    ],
)
def test_quitting_with_its_cause_after_it(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, "2019-01-20"), "appointment")] == dates


DECREE_DAY = (
    "أصدر العاهل السعودي الملك سلمان بن عبد العزيز، مساء أمس الخميس، أوامر ملكية بتشكيل لجنة عليا في السعودية. "
    "وباشرت اللجنة أعمالها بعد ساعات في الرياض. "
)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the contents of the decree told issued before: its day
        (DECREE_DAY + "وتضمنت الأوامر الملكية إعفاء وزير المالية السعودي من منصبه.", ["2019-04-11"]),
        (DECREE_DAY + "وشملت القرارات إعفاء قائد القوات البحرية السعودية وإحالته إلى التقاعد.", ["2019-04-11"]),
        # a change told otherwise keeps the publication's day
        (DECREE_DAY + "وأعلن الديوان الملكي إعفاء وزير المالية السعودي من منصبه.", [PUB]),
    ],
)
def test_contents_of_a_decree_take_its_day(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "appointment")] == dates


def test_relative_that_before_an_ouster_points_back_at_nothing() -> None:
    text = (
        "Mauritania's outgoing president Abdel Aziz stepped down on Monday after two terms. "
        "The two men took part in the coup that toppled Mauritania's first democratically elected president, "
        "Sidi Ould Cheikh Abdallahi, in August 2008."
    )
    dates = sorted(e["date"] for e in of_type(extract(text, PUB), "appointment"))
    assert dates == ["2008-08", "2019-04-08"]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # the resignation told before, accepted the next day: one change of office
        ("Lebanon's prime minister announced the resignation of his government on Thursday. "
         "President Michel Aoun accepted the resignation and asked the cabinet to stay on.", 1),
        # a resignation of its own, not accepted: two
        ("Lebanon's prime minister announced the resignation of his government on Thursday. "
         "Lebanon's finance minister announced his resignation on Friday.", 2),
    ],
)
def test_accepted_resignation(text: str, count: int) -> None:
    assert len(of_type(extract(text, PUB), "appointment")) == count


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # chosen as crown prince: a change of office
        ("وتأتي هذه التطورات في السعودية بعد أشهر من اختيار الأمير محمد بن سلمان وليا للعهد بأمر ملكي "
         "في يونيو 2017.", ["2017-06"]),
        # the crown prince named, no choosing
        ("وقال ولي العهد السعودي في يونيو 2017 إن المملكة ماضية في الإصلاحات.", []),
    ],
)
def test_chosen_as_crown_prince(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "appointment")] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # dismissing ministers in the plural
        ("وكان العاهل المغربي الملك محمد السادس قد أعفى في أكتوبر 2017 أربعة وزراء ومسؤولين كبارا.", ["2017-10"]),
        # exempting from taxes: no office
        ("وكان العاهل المغربي قد أعفى في أكتوبر 2017 المستثمرين من الضرائب.", []),
    ],
)
def test_dismissed_ministers(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "appointment")] == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # an office taken again, told by its post after a title of office, or by power
        ("Nepal's Oli was serving his fourth term as prime minister, having returned to the post in July 2024.", ["2024-07"]),
        ("وكان رئيس الوزراء النيبالي أولي قد عاد إلى المنصب في يوليو 2024.", ["2024-07"]),
        # an ambassador back at his post, a return only sought: no office taken
        ("Qatar's ambassador returned to his post in Cairo in July 2024.", []),
        ("عاد السفير القطري إلى منصبه في القاهرة في يوليو 2024.", []),
        ("Nepal's Oli failed in his bid to return to the premiership in July 2024.", []),
        # a legislature that voted to make someone prime minister, as صوت ... على تعيين; a vote against a motion to
        ("Armenia's parliament voted on April 17 to make Serzh Sargsyan prime minister.", ["2025-04-17"]),
        ("صوت البرلمان الأرميني في 17 أبريل على تعيين سيرج سركسيان رئيسا للوزراء.", ["2025-04-17"]),
        ("Armenia's parliament voted against a motion to make Serzh Sargsyan prime minister on April 17.", []),
    ],
)
def test_an_office_returned_to_or_voted_into(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, "2025-09-12"), "appointment")] == dates
