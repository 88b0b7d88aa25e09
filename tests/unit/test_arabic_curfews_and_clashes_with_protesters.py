"""Arabic: a curfew (حظر التجول، حظر الجولان) is no sanction; clashes between
protesters and the security forces are a protest even with words between the clashes and
their sides; an arrest campaign told by its plural noun (حملة توقيفات); a truce named far before
its entering into force is no ratification; an event word right after عقب/إثر (following) that a
day closes came on that day; the midnight between two weekdays (منتصف ليل الخميس-الجمعة) is the
second day; حظر الجولان (the curfew) names no Golan; protesters who attack (هاجم محتجون) riot, no
attack of its own; troops that deploy (انتشرت وحدات الجيش، بدأ الجيش الانتشار)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وفرضت السلطات العراقية حظرا للتجول ليلا في مدينة كركوك بعد اشتباكات محدودة.", "2017-09-26"),
        ("وفرض الجيش الإسرائيلي أمس حظر تجول ليلي على القرى الواقعة جنوب نهر الليطاني.", "2024-11-28"),
        ("كما أعلن الرئيس التونسي فرض حظر للجولان من السابعة مساء إلى السادسة صباحا لمدة شهر.", "2021-07-26"),
        ("وقررت الحكومة الأردنية فرض حظر التجوال الشامل في المملكة يوم الجمعة.", "2020-03-21"),
    ],
)
def test_curfew_is_no_sanction(text: str, published: str) -> None:
    found = of_type(extract(text, published), "sanctions")
    assert found == [], [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # sanctions and a ban on travel stay sanctions
        ("فرضت الولايات المتحدة أمس عقوبات جديدة على إيران.", "2020-08-11", "2020-08-10"),
        ("وقررت مصر حظر سفر مواطنيها إلى ليبيا يوم الاثنين.", "2015-02-17", "2015-02-16"),
    ],
)
def test_sanctions_beside_the_curfew_rule(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "sanctions")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # a time between the clashes and their sides
        ("وتجددت المواجهات ليل أمس بين محتجين وقوات الأمن في وسط بيروت.", "2020-08-11", "2020-08-10"),
        # the security forces named first, the protesters second
        ("واندلعت اشتباكات عنيفة مساء الأحد بين قوات الأمن ومحتجين في ساحة التحرير ببغداد.", "2019-10-08", "2019-10-06"),
        ("ووقعت صدامات مساء أمس بين الشرطة والمتظاهرين أمام مقر الحكومة في الخرطوم.", "2019-01-10", "2019-01-09"),
    ],
)
def test_clashes_with_protesters_are_a_protest(text: str, published: str, date: str) -> None:
    found = extract(text, published)
    assert [(e["event_type"], e["date"]) for e in found] == [("protest", date)], [
        (e["event_type"], e["trigger"], e["date"]) for e in found
    ]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # armed men on the other side: fighting, not a protest
        ("واندلعت اشتباكات عنيفة مساء الأحد بين الجيش السوري ومسلحين في ريف درعا.", "2020-08-11", "2020-08-09"),
    ],
)
def test_clashes_with_gunmen_stay_an_attack(text: str, published: str, date: str) -> None:
    found = extract(text, published)
    assert [(e["event_type"], e["date"]) for e in found] == [("attack", date)], [
        (e["event_type"], e["trigger"], e["date"]) for e in found
    ]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("وشنت قوات الأمن المصرية أمس حملة توقيفات في صفوف قيادات جماعة الإخوان المسلمين.", "2016-07-17", "2016-07-16"),
        ("ونفذت الشرطة التركية صباح اليوم توقيفات في صفوف أنصار حزب العمال الكردستاني في ديار بكر.", "2016-07-17", "2016-07-17"),
    ],
)
def test_arrest_campaign_by_its_plural_noun(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "arrest")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # the truce named far before the words of entering into force: the truce, no ratification
        (
            "ودخلت الهدنة الإنسانية التي أعلنها المبعوث الأممي إلى اليمن هانس غروندبرغ حيز التنفيذ مساء أمس السبت.",
            "2022-04-03",
            "2022-04-02",
        ),
    ],
)
def test_truce_entering_into_force_far_from_its_word(text: str, published: str, date: str) -> None:
    found = extract(text, published)
    assert [(e["event_type"], e["date"]) for e in found] == [("ceasefire", date)], [
        (e["event_type"], e["trigger"], e["date"]) for e in found
    ]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # an agreement's entry into force stays a ratification
        (
            "ودخلت الاتفاقية التجارية الموقعة بين المغرب وموريتانيا حيز التنفيذ أمس بعد مصادقة البرلمانين عليها.",
            "2022-04-03",
            "2022-04-02",
        ),
    ],
)
def test_agreement_entering_into_force_stays_a_ratification(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "ratification")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # the day, set off by commas, closed by عقب and the event word
        (
            "وكان البيت الأبيض قد أعلن، مساء الأحد الماضي، عقب اتصال هاتفي بين الرئيس الأميركي دونالد ترامب ونظيره التركي رجب طيب أردوغان، أن القوات الأميركية ستنسحب.",
            "2019-10-10",
            "meeting",
            "2019-10-06",
        ),
        ("وقتل ثلاثة جنود مصريين أمس إثر هجوم شنه مسلحون على حاجز للجيش في سيناء.", "2019-10-10", "attack", "2019-10-09"),
        (
            "The White House said on Sunday, following a phone call between Donald Trump and Recep Tayyip Erdogan, that US troops would withdraw.",
            "2019-10-10",
            "meeting",
            "2019-10-06",
        ),
    ],
)
def test_event_right_after_a_day(text: str, published: str, event_type: str, date: str) -> None:
    found = of_type(extract(text, published), event_type)
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # a day not right before the word of right after: the event keeps its own dating
        ("وأجرى الرئيس المصري اتصالا هاتفيا مع نظيره الفرنسي اليوم عقب عودته من الرياض.", "2019-10-10", "2019-10-10"),
    ],
)
def test_day_elsewhere_keeps_its_event(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "meeting")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # the midnight between Thursday and Friday: Friday
        (
            "ودخل اتفاق وقف إطلاق النار في محافظة إدلب حيز التنفيذ منتصف ليل الخميس- الجمعة بعد قمة روسية تركية.",
            "2020-03-06",
            "2020-03-06",
        ),
        ("وبدأ سريان وقف إطلاق النار في غزة منتصف ليل السبت-الأحد.", "2021-05-24", "2021-05-23"),
    ],
)
def test_midnight_between_two_weekdays(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "ceasefire")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # the night of two weekdays: the night belongs to the morning after midnight, the second day
        ("وشن الجيش غارات جوية على مواقع المسلحين في درعا ليلة الجمعة- السبت.", "2020-03-08", "2020-03-07"),
    ],
)
def test_night_of_two_weekdays_is_the_second(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "attack")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        # حظر الجولان, the Maghrebi curfew: no Golan, no Syria
        ("وتظاهر الآلاف في شوارع مدينة صفاقس التونسية ليلا رغم حظر الجولان.", "2021-07-26", ["TUN"]),
        ("وخرج الآلاف إلى الشوارع في القيروان ليلا رغم حظر الجولان.", "2021-07-26", ["TUN"]),
        # the Golan itself stays Syria's
        ("وتظاهر الآلاف من أهالي الجولان السوري المحتل أمس رفضا لقرار الضم.", "2019-03-26", ["SYR"]),
    ],
)
def test_curfew_word_is_no_golan(text: str, published: str, countries: list[str]) -> None:
    found = of_type(extract(text, published), "protest")
    assert [sorted(e["countries"]) for e in found] == [countries], [(e["trigger"], e["countries"]) for e in found]


def test_curfew_word_alone_names_no_country() -> None:
    found = extract("وتظاهر الآلاف ليلا في شوارع المدينة رغم حظر الجولان.", "2021-07-26")
    assert not any("SYR" in e["countries"] for e in found), [(e["trigger"], e["countries"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # protesters who attack offices during marches: the protest, no attack of its own
        (
            "وشهدت عدة مدن تونسية يوم الأحد مسيرات احتجاجية طالبت بحل البرلمان، وهاجم خلالها محتجون مقرات لحركة النهضة.",
            "2021-07-26",
            "2021-07-25",
        ),
        ("وهاجم محتجون غاضبون أمس مقر حركة النهضة في مدينة توزر التونسية.", "2021-07-26", "2021-07-25"),
    ],
)
def test_protesters_attacking_is_a_protest(text: str, published: str, date: str) -> None:
    found = extract(text, published)
    assert [(e["event_type"], e["date"]) for e in found] == [("protest", date)], [
        (e["event_type"], e["trigger"], e["date"]) for e in found
    ]


def test_gunmen_attacking_stay_an_attack() -> None:
    found = extract("وهاجم مسلحون مجهولون أمس حاجزا للجيش المصري في شمال سيناء.", "2021-07-26")
    assert [(e["event_type"], e["date"]) for e in found] == [("attack", "2021-07-25")]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # troops that deploy, the verb intransitive
        ("وانتشرت وحدات من الجيش التونسي صباح الاثنين حول مقر البرلمان في العاصمة تونس.", "2021-07-27", "2021-07-26"),
        # the army begins its deployment, told by the verbal noun
        ("وبدأت قوات الجيش اللبناني بالانتشار في جنوب لبنان اليوم.", "2024-11-28", "2024-11-28"),
    ],
)
def test_troops_deploying_by_the_intransitive(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "deployment")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وانتشر فيروس كورونا في لبنان بسرعة خلال الأسابيع الماضية.", "2020-04-01"),
        ("وحذر الجيش اللبناني من الانتشار الواسع للسلاح في البلاد.", "2020-04-01"),
    ],
)
def test_spreading_of_other_things_is_no_deployment(text: str, published: str) -> None:
    assert of_type(extract(text, published), "deployment") == []
