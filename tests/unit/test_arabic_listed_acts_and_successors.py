"""Arabic: acts of a type listed in one sentence, each told by an event word of its
own after a comma and و, are events of their own; so is the appointment of a successor or of
an acting holder after the dismissal before it: the office left and the office given are two
changes, one for each person (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "count"),
    [
        # two dismissals of one decree, each of its own person
        (
            "وقضت أوامر ملكية سعودية أمس بإعفاء وزير الطاقة من منصبه، وإعفاء وزير الاقتصاد السعودي من منصبه.",
            "2017-11-05",
            2,
        ),
        # a dismissal with its successor, then another dismissal
        (
            "كما قضت أوامر ملكية سعودية أمس بإعفاء قائد الحرس الوطني من منصبه، وتعيين نائبه خلفا له، "
            "وإعفاء وزير الاقتصاد والتخطيط من منصبه.",
            "2017-11-05",
            3,
        ),
        (
            "أصدر الرئيس اللبناني مرسوما أمس بتعيين سفير جديد في باريس، وتعيين وزير الخارجية اللبناني الأسبق مستشارا له.",
            "2019-03-12",
            2,
        ),
        # the successor named in the same list: his appointment is a change of its own
        (
            "كما قضت أوامر ملكية سعودية أمس بإعفاء قائد الحرس الوطني من منصبه، وتعيين نائبه خلفا له.",
            "2017-11-05",
            2,
        ),
        # so is an acting holder named for the office left
        (
            "أعلنت وزارة الداخلية التركية أمس عزل رئيس البلدية من منصبه، وعين مجلس البلدية نائبا له رئيسا بالوكالة.",
            "2025-03-24",
            2,
        ),
        # one act told once, and no list: one event
        (
            "وقضى أمر ملكي سعودي أمس بإعفاء وزير الاقتصاد من منصبه.",
            "2017-11-05",
            1,
        ),
    ],
)
def test_acts_listed_in_one_sentence(text: str, published: str, count: int) -> None:
    found = of_type(extract(text, published), "appointment")
    assert len(found) == count, [(e["trigger"], e["date"]) for e in found]


def test_listed_acts_keep_their_own_triggers() -> None:
    text = (
        "كما قضت أوامر ملكية سعودية أمس بإعفاء قائد الحرس الوطني من منصبه، وتعيين نائبه خلفا له، "
        "وإعفاء وزير الاقتصاد والتخطيط من منصبه."
    )
    found = of_type(extract(text, "2017-11-05"), "appointment")
    assert [e["trigger"] for e in found] == ["بإعفاء", "وتعيين", "وإعفاء"]
    assert {e["date"] for e in found} == {"2017-11-04"}


_MEETING = "وعقد الرئيسان الروسي والتركي، أمس الخميس 5 من آذار، اجتماعا استمر نحو ست ساعات في الكرملين. "


@pytest.mark.parametrize(
    ("text", "published", "event_type", "day"),
    [
        # a sentence that goes on with the news of the one before takes its day
        (
            _MEETING + "ووقع وزيرا الخارجية الروسي سيرغي لافروف والتركي مولود جاويش أوغلو البروتوكول الإضافي.",
            "2020-03-06",
            "agreement",
            "2020-03-05",
        ),
        # a date after the publication is a plan's, and does not stop it
        (
            _MEETING + "ووقع وزيرا الخارجية الروسي والتركي البروتوكول الإضافي، على أن تبدأ الدوريات المشتركة "
            "اعتبارا من 15 من آذار الحالي.",
            "2020-03-06",
            "agreement",
            "2020-03-05",
        ),
        # a sentence with a day of its own keeps it
        (
            _MEETING + "ووقع وزيرا الخارجية الروسي والتركي البروتوكول الإضافي اليوم الجمعة.",
            "2020-03-06",
            "agreement",
            "2020-03-06",
        ),
        # only the sentence right before lends its day
        (
            _MEETING + "وشهدت مدينة إدلب هدوءا حذرا. "
            "ووقع وزيرا الخارجية الروسي والتركي البروتوكول الإضافي.",
            "2020-03-06",
            "agreement",
            "2020-03-06",
        ),
        # a verb of saying opens no deed of that news
        (
            _MEETING + "وقال الكرملين إن روسيا وتركيا وقعتا البروتوكول الإضافي.",
            "2020-03-06",
            "agreement",
            None,
        ),
        # the day of an old background event is no news of the day
        (
            "وقال الحريري إن الأجواء شبيهة بالأجواء التي سادت قبيل اغتيال رفيق الحريري في 14 فبراير 2005. "
            "وفاجأت استقالة رئيس الحكومة اللبنانية الأوساط السياسية في بيروت.",
            "2017-11-05",
            "appointment",
            "2017-11-05",
        ),
    ],
)
def test_day_carried_to_the_next_sentence(text: str, published: str, event_type: str, day: str | None) -> None:
    found = of_type(extract(text, published), event_type)
    assert [e["date"] for e in found] == ([day] if day else []), [(e["trigger"], e["date"]) for e in found]


def test_retelling_in_the_next_sentence_is_not_carried() -> None:
    # "وتهدف الاتفاقية": the deal told just before, not a deed of its own
    text = (
        "وقعت دولة الإمارات العربية المتحدة والجمهورية التركية، أمس الجمعة، اتفاقية الشراكة الاقتصادية الشاملة. "
        "وتهدف الاتفاقية إلى رفع حجم التجارة البينية بين البلدين."
    )
    found = of_type(extract(text, "2023-03-04"), "agreement")
    assert [e["date"] for e in found] == ["2023-03-03"]
    assert all(e["location"] is None for e in found)


def test_sentence_opened_as_a_retelling_takes_no_day() -> None:
    # "وتأتي ...": the news told again as the setting of another deed, not a deed of that day
    text = _MEETING + "وتأتي المحادثات بعد أن أجرى ولي العهد السعودي زيارة إلى الولايات المتحدة استمرت ثلاثة أسابيع."
    found = of_type(extract(text, "2020-03-06"), "visit")
    assert "2020-03-05" not in [e["date"] for e in found]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # warships sailing out are forces sent
        ("أبحرت أربع قطع بحرية مصرية أمس باتجاه خليج عدن.", "2015-03-26", [("2015-03-25", ["EGY"])]),
        # after فيما, the deployment is its own clause's: the states of the clause before are not its sides
        (
            "وأعلنت كل من مصر والأردن والمغرب والسودان وباكستان مشاركتها في العملية، فيما أبحرت أربع قطع بحرية "
            "مصرية باتجاه خليج عدن لتأمين الملاحة في مضيق باب المندب.",
            "2015-03-26",
            [("2015-03-26", ["EGY", "YEM"])],
        ),
        # boats of fishermen are no warships
        ("أبحر الصيادون المصريون بقواربهم أمس من ميناء الإسكندرية.", "2015-03-26", []),
    ],
)
def test_warships_sailing_out(text: str, published: str, expected: list) -> None:
    found = of_type(extract(text, published), "deployment")
    assert [(e["date"], e["countries"]) for e in found] == expected


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a verb of following tells the act before it done again by another person, on its own day
        (
            "أعلنت وزيرة الإعلام اللبنانية استقالتها الأحد، وتلتها وزيرة العدل صباح أمس.",
            "2020-08-11",
            ["2020-08-09", "2020-08-10"],
        ),
        (
            "استقال وزير المالية الأردني أمس، وتبعه وزير التخطيط.",
            "2019-05-02",
            ["2019-05-01", "2019-05-01"],
        ),
        # with no time of its own past an aside and "later", the day of the act it follows
        (
            "أعلنت وزيرة الإعلام اللبنانية استقالتها أمس، معتذرة من اللبنانيين لأن الحكومة لم تتمكن من تلبية "
            "طموحاتهم، ولحق بها في وقت لاحق وزير البيئة.",
            "2020-08-10",
            ["2020-08-09", "2020-08-09"],
        ),
        (
            "استقال وزير المالية الأردني الأحد بسبب خلافات مع رئيس الحكومة حول الموازنة، وتبعه بعد ساعات وزير التخطيط.",
            "2019-05-07",
            ["2019-05-05", "2019-05-05"],
        ),
        # a later time in the clause of the act done again: another day, unknown
        (
            "أعلنت وزيرة الإعلام اللبنانية استقالتها الأحد، معتذرة من اللبنانيين لأن الحكومة لم تتمكن من تلبية "
            "طموحاتهم، ولحق بها بعد أيام وزير البيئة.",
            "2019-05-30",
            ["2019-05-26", "2019-05-30"],
        ),
        # with no verb of following, one act
        (
            "أعلنت وزيرة الإعلام اللبنانية استقالتها الأحد، في حين لوح وزراء آخرون بالخطوة نفسها.",
            "2020-08-11",
            ["2020-08-09"],
        ),
    ],
)
def test_act_done_again_by_a_verb_of_following(text: str, published: str, dates: list[str]) -> None:
    found = of_type(extract(text, published), "appointment")
    assert sorted(e["date"] for e in found) == dates, [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        # ties cut, then cut by another state after a verb of following, with or without و
        (
            "وكانت الإمارات قد قطعت علاقاتها مع طالبان في 22 سبتمبر الماضي، تلتها السعودية في 25 من الشهر نفسه.",
            "sanctions",
            ["2001-09-22", "2001-09-25"],
        ),
        (
            "أعادت الإمارات علاقاتها مع قطر في 10 يناير الماضي، وتبعتها البحرين في 15 من الشهر نفسه.",
            "relations",
            ["2001-01-10", "2001-01-15"],
        ),
    ],
)
def test_a_measure_done_again_by_a_verb_of_following(text: str, event_type: str, dates: list[str]) -> None:
    found = of_type(extract(text, "2001-10-08"), event_type)
    assert sorted(e["date"] for e in found) == dates, [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a deed told by its own verb after بينما is not the attack another sentence told that day
        (
            "وتعرضت مدينة حمص السورية لقصف عنيف اليوم الأحد. "
            "وفي الجنوب، أعلن الجيش الإسرائيلي نشر قواته في المنطقة العازلة بالجولان السوري، "
            "بينما شنت طائرات إسرائيلية غارات على مستودعات أسلحة في محيط مطار المزة العسكري.",
            2,
        ),
        # the same attack told again by a noun is one
        (
            "وانفجرت سيارة مفخخة في مدينة حمص السورية فجر اليوم. "
            "وقال مراقبون إن الهجوم على حمص استمر ساعات.",
            1,
        ),
    ],
)
def test_deed_of_a_contrast_clause_is_its_own(text: str, count: int) -> None:
    found = of_type(extract(text, "2024-12-08"), "attack")
    assert len(found) == count, [(e["trigger"], e["countries"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a session of negotiation is a meeting
        ("عقد الاتحاد العام التونسي للشغل جلسة تفاوض مع رئيس الحكومة التونسية أمس.", "2019-01-17", ["2019-01-16"]),
        ("وعقدت الحكومة اليمنية والحوثيون جلسة تفاوضية جديدة في الكويت أمس.", "2016-05-02", ["2016-05-01"]),
    ],
)
def test_negotiating_session_is_a_meeting(text: str, published: str, dates: list[str]) -> None:
    found = of_type(extract(text, published), "meeting")
    assert [e["date"] for e in found] == dates


@pytest.mark.parametrize(
    "text",
    [
        "فرض مجلس الأمن عقوبات شاملة على العراق في أغسطس 1990، تلتها حرب الخليج في يناير 1991.",
        "فرضت واشنطن عقوبات على ليبيا في 1986، تلتها غارة أمريكية على طرابلس في أبريل من العام نفسه.",
    ],
)
def test_another_deed_that_followed_repeats_no_measure(text: str) -> None:
    assert len(of_type(extract(text, "2003-03-25"), "sanctions")) == 1

