"""Arabic: an event told as going on for its nth day running is the day's news, not
the day its catalogued campaign began; imprisonment by أودع ... السجن with words between,
arrests by the gendarmerie; clashes between protesters are a protest; what demonstrations
condemn is their circumstance; an event word in an opening time measured from it gets no
date of the clause after it; منذ before a weekday or a month dates when the event began
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # the nth day running: the day's stretch of the protests
        (
            "تواصلت الاحتجاجات في إيران لليوم الخامس على التوالي على خلفية وفاة الشابة مهسا أميني.",
            "2022-09-21",
            "2022-09-21",
        ),
        (
            "امتدت المظاهرات في إيران ليومها الرابع إلى مدن جديدة، احتجاجا على وفاة مهسا أميني.",
            "2022-09-20",
            "2022-09-20",
        ),
        # no count of days: the catalogued campaign, on the day it began
        (
            "تواصلت الاحتجاجات في إيران على خلفية وفاة الشابة مهسا أميني.",
            "2022-09-21",
            "2022-09-16",
        ),
    ],
)
def test_days_running(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "protest")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # أودع ... السجن, the judge, a date and the person between
        (
            "أودع قاضي التحقيق في العاصمة، أمس الاثنين، وزير الداخلية الموريتاني الأسبق أحمد ولد محمد السجن المدني.",
            "2022-05-10",
            "2022-05-09",
        ),
        # the gendarmerie arrests
        (
            "أوقفت وحدات الدرك الجزائري، مساء الجمعة، رجل الأعمال محمد بن علي عند معبر حدودي مع تونس.",
            "2019-04-01",
            "2019-03-29",
        ),
    ],
)
def test_arrests_by_less_common_verbs(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "arrest")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "أودع المودعون أموالهم في المصرف قبل أن يقرر البنك المركزي تجميد الحسابات ونقلها إلى السجن الإلكتروني.",
        "أوقفت الحكومة الجزائرية العمل بالمعبر الحدودي مع تونس أمس، بحضور قائد الدرك.",
    ],
)
def test_no_arrest_by_those_verbs(text: str) -> None:
    assert of_type(extract(text, "2022-05-10"), "arrest") == []


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        # clashes between protesters and the police: a protest
        (
            "وشهدت مدينة الناصرية جنوبي العراق، مساء الأحد، مواجهات بين محتجين وقوات الأمن أسفرت عن سقوط جرحى.",
            "2019-10-07",
            "protest",
            "2019-10-06",
        ),
        (
            "اندلعت اشتباكات بين المتظاهرين والشرطة اللبنانية وسط بيروت أمس.",
            "2019-10-19",
            "protest",
            "2019-10-18",
        ),
        # what the demonstrations condemned is their circumstance
        (
            "وشارك آلاف اليمنيين في صنعاء في تظاهرات منددة بالغارات الأمريكية.",
            "2024-03-18",
            "protest",
            "2024-03-18",
        ),
    ],
)
def test_protest_types(text: str, published: str, event_type: str, date: str) -> None:
    found = extract(text, published)
    assert [(e["event_type"], e["date"]) for e in found] == [(event_type, date)], [
        (e["event_type"], e["trigger"], e["date"]) for e in found
    ]


def test_clashes_between_armed_sides_stay_an_attack() -> None:
    found = extract("اندلعت اشتباكات بين الجيش السوري والمسلحين في ريف درعا أمس.", "2018-06-20")
    assert [e["event_type"] for e in found] == ["attack"]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وقبل ساعات من سريان الهدنة، شن الطيران الإسرائيلي أمس غارات على الضاحية الجنوبية لبيروت.", "2024-11-27"),
        ("وبعد أيام من توقيع الاتفاق، قصفت القوات التركية أمس مواقع للمسلحين في ريف حلب.", "2019-10-25"),
    ],
)
def test_measured_opener_is_no_event_of_the_day(text: str, published: str) -> None:
    found = extract(text, published)
    assert [e["event_type"] for e in found] == ["attack"], [(e["event_type"], e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "وأجرى الجيشان الأردني والأمريكي مناورات عسكرية مشتركة قرب الحدود السورية منذ الأحد.",
            "2023-05-10",
            "military_exercise",
            "2023-05-07",
        ),
        (
            "وجاء البيان في ختام مباحثات استضافتها الدوحة منذ الخامس من مارس الجاري بين وفدي السودان وتشاد.",
            "2023-03-09",
            "meeting",
            "2023-03-05",
        ),
    ],
)
def test_since_a_weekday_or_a_month(text: str, published: str, event_type: str, date: str) -> None:
    found = of_type(extract(text, published), event_type)
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]


def test_since_a_weekday_far_from_the_event_word_is_another_doing() -> None:
    text = "ودفع اقتراب المعركة من مدينة الرقة بعشرات آلاف السكان إلى النزوح منها منذ الأربعاء، وفق المرصد."
    found = of_type(extract(text, "2017-06-10"), "attack")
    assert all(e["date"] != "2017-06-07" for e in found), [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # the modifier written once after a pair of weekdays governs the first too, even after
        # a name that starts like a verb of the future (سنغاري)
        (
            "وجاء القرار عقب زيارة قام بها وزير الخارجية التشادي محمد سنغاري إلى الجزائر يومي الأربعاء والخميس الماضيين.",
            "2026-02-15",
            "2026-02-11",
        ),
        (
            "زار وزير الخارجية التشادي محمد سنغاري الجزائر يومي السبت والأحد الماضيين.",
            "2026-02-18",
            "2026-02-14",
        ),
    ],
)
def test_pair_of_weekdays_told_as_past(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "visit")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]


def test_nigerien_adjective_names_niger() -> None:
    found = extract("وعقد وزير الخارجية النيجري أمس جلسة مباحثات مع نظيره الجزائري في العاصمة الجزائرية.", "2026-02-15")
    assert found and all("NER" in e["countries"] for e in found), [(e["event_type"], e["countries"]) for e in found]


def test_days_running_is_no_retelling_of_the_campaign() -> None:
    text = (
        "اتسعت الاحتجاجات في إيران لليوم الخامس على التوالي، وامتدت إلى مدن جديدة. وأعلنت وزارة الخزانة "
        "الأمريكية اليوم فرض عقوبات على شرطة الأخلاق الإيرانية، محملة إياها مسؤولية وفاة مهسا أميني والعنف ضد المتظاهرين."
    )
    found = of_type(extract(text, "2022-09-21"), "protest")
    assert "2022-09-21" in [e["date"] for e in found], [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "وقال الرئيس الإيراني في كلمته إن بلاده جادة في إحياء الاتفاق النووي.",
        "وتحاول الدول الأوروبية إنقاذ الاتفاق النووي مع إيران عبر آلية مالية جديدة.",
    ],
)
def test_deal_named_as_the_object_of_saving_it(text: str) -> None:
    assert of_type(extract(text, "2019-11-05"), "agreement") == []


def test_deal_named_otherwise_stays() -> None:
    found = of_type(extract("وقال الرئيس الإيراني إن بلاده ملتزمة بالاتفاق النووي.", "2019-11-05"), "agreement")
    assert [e["date"] for e in found] == ["2015-07-14"]


@pytest.mark.parametrize(
    "text",
    [
        "وأمهل البرلمان حكومة الإقليم حتى الجمعة لتسليم المطارات، مهددة بفرض حظر على الرحلات الدولية إلى أربيل.",
        "وخرج المتحدث باسم الحكومة أمس مهددين بفرض عقوبات على الشركات المخالفة.",
    ],
)
def test_threatening_participles(text: str) -> None:
    assert of_type(extract(text, "2017-09-26"), "sanctions") == []


def test_revival_agreed_is_that_day_s_deal() -> None:
    found = extract("اتفقت مصر والسودان أمس على إحياء اتفاق التجارة الحرة الموقع عام 2010.", "2019-11-05")
    assert [(e["event_type"], e["date"]) for e in found] == [("agreement", "2019-11-04")]


@pytest.mark.parametrize(
    "text",
    [
        # the agreement the ratification needs stands between commas after a date set off by commas
        "صادق البرلمان الكيني، أمس الأربعاء، على اتفاقية للتعاون الدفاعي مع تركيا مدتها خمس سنوات، تتولى بموجبها أنقرة تدريب قواته.",
        "صادق البرلمان الكيني، أمس الأربعاء، على اتفاقية للتعاون الدفاعي مع تركيا.",
    ],
)
def test_ratification_reaches_its_agreement(text: str) -> None:
    found = extract(text, "2024-02-22")
    assert [(e["event_type"], e["date"]) for e in found] == [("ratification", "2024-02-21")], [
        (e["event_type"], e["trigger"]) for e in found
    ]


def test_aid_worker_is_no_aid() -> None:
    text = "وأفرجت السلطات الإيرانية أمس عن عامل الإغاثة الفرنسي بعد وساطة قطرية."
    assert of_type(extract(text, "2023-05-29"), "aid") == []


@pytest.mark.parametrize(
    ("opener", "date"),
    [
        ("وبعد ساعات من بدء الهدنة،", "2019-08-31"),
        ("وبعد يوم من بدء الهدنة،", "2019-09-01"),
    ],
)
def test_deed_measured_from_a_told_event(opener: str, date: str) -> None:
    text = (
        "دخل وقف إطلاق النار في ريف حماة حيز التنفيذ صباح السبت. "
        + opener
        + " قصفت طائرات التحالف الدولي مقرا لتنظيم حراس الدين في ريف حماة."
    )
    found = of_type(extract(text, "2019-09-02"), "attack")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"], e["date_basis"]) for e in found]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the year told inside the catalogued name the text uses
        ("وقال روحاني إن الاتفاق النووي لعام 2015 ما زال قائما رغم الانسحاب الأمريكي.", "2015"),
        ("Rouhani said the 2015 nuclear deal was still alive despite the US withdrawal.", "2015"),
        # no year told: the catalog's day
        ("وقال روحاني إن الاتفاق النووي ما زال قائما رغم الانسحاب الأمريكي.", "2015-07-14"),
    ],
)
def test_year_told_in_a_catalogued_name(text: str, date: str) -> None:
    found = of_type(extract(text, "2019-11-05"), "agreement")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]


def test_day_in_a_catalogued_name_stays_a_day() -> None:
    found = of_type(extract("وأحيا الأمريكيون أمس ذكرى هجمات 11 سبتمبر 2001.", "2019-09-12"), "attack")
    assert all(e["date"] != "2001" for e in found), [(e["trigger"], e["date"]) for e in found]


def test_date_of_a_closed_relative_clause_is_its_noun_s() -> None:
    text = (
        "أعلنت الحكومة الكينية، اليوم الثلاثاء، أن الاتفاقية التي وقعتها أوغندا مع جنوب السودان أمس "
        "\"باطلة\"، واستدعت سفيرها لدى كمبالا للتشاور."
    )
    found = of_type(extract(text, "2024-01-02"), "sanctions")
    assert [e["date"] for e in found] == ["2024-01-02"], [(e["trigger"], e["date"]) for e in found]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("وكان الرئيس السابق قد سلّم السلطة في أغسطس 2019 لخلفه محمد ولد الغزواني.", "2021-06-30", "2019-08"),
        ("سلم المجلس العسكري في السودان السلطة للمدنيين أمس.", "2021-06-30", "2021-06-29"),
        ("وتسلم الرئيس الموريتاني الجديد السلطة رسميا أمس في نواكشوط.", "2019-08-02", "2019-08-01"),
    ],
)
def test_handover_of_power(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "appointment")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]


def test_handover_demanded_is_no_event() -> None:
    text = "طالب المحتجون المجلس العسكري في السودان بتسليم السلطة للمدنيين."
    assert of_type(extract(text, "2019-06-30"), "appointment") == []


@pytest.mark.parametrize(
    "text",
    [
        "وجاء الإعلان في ختام مباحثات استضافتها العاصمة الصينية منذ الخامس من مارس الجاري بين وفدي مصر وإثيوبيا.",
        "وجاء الإعلان في ختام مباحثات استضافتها بكين منذ الخامس من مارس الجاري بين وفدي مصر وإثيوبيا.",
    ],
)
def test_talks_held_where_hosted(text: str) -> None:
    found = of_type(extract(text, "2023-03-10"), "meeting")
    assert [(e.get("location") or {}).get("country") for e in found] == ["CHN"], [
        (e["trigger"], e["countries"], e.get("location")) for e in found
    ]
