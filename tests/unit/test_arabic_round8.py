"""Arabic round 8: topics of talks, events told so long before the sentence's own,
relative clauses about a name, resumed catalogued talks (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "والتقى وزير الخارجية الروسي سيرغي لافروف نظيره الفرنسي أمس وبحث الجانبان الاتفاق النووي الإيراني والأزمة الليبية.",
            {"RUS", "FRA"},
        ),
        ("واستقبل الرئيس المصري عبد الفتاح السيسي أمس وبحث مع وزير الخارجية القطري الأزمة السورية.", {"EGY", "QAT"}),
        (
            "بحث الرئيس الأمريكي دونالد ترامب مع ولي العهد السعودي محمد بن سلمان أمس الاتفاق النووي الإيراني والأزمة اليمنية.",
            {"USA", "SAU"},
        ),
        ("والتقى وزير الخارجية التركي نظيره الروسي أمس لبحث ملفات إيران واليمن.", {"TUR", "RUS"}),
        # a country named as the one visited stays
        ("وزار الرئيس المصري عبد الفتاح السيسي ليبيا أمس لبحث الأزمة الليبية.", {"EGY", "LBY"}),
    ],
)
def test_a_country_qualifying_the_topic_is_no_party(text, countries):
    talks = [e for e in extract(text, "2018-06-06") if e["event_type"] in ("meeting", "visit")]
    assert [set(e["countries"]) for e in talks] == [countries], talks


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        # the killing of yesterday, and not the attack a week before it
        ("وقتل ثلاثة جنود مصريين أمس في سيناء بعد أسبوع من هجوم على مسجد في العريش.", [("2018-06-05", "وقتل")]),
        ("وقتل ثلاثة جنود مصريين أمس في سيناء بعد أيام من هجوم على مسجد في العريش.", [("2018-06-05", "وقتل")]),
    ],
)
def test_an_event_told_days_before_is_not_the_sentence_s_own(text, attacks):
    found = of_type(extract(text, "2018-06-06"), "attack")
    assert [(e["date"], e["trigger"]) for e in found] == attacks, found


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        # a relative clause about a person names no party of the event
        ("واعتقلت السلطات التركية أمس الصحفي أحمد سيك الذي انتقد الحكومة الروسية.", "arrest", {"TUR"}),
        (
            "وفاز المرشح الديمقراطي جو بايدن أمس في الانتخابات الرئاسية الأميركية والذي لديه تاريخ سيئ مع الرئيس التركي أردوغان.",
            "election",
            {"USA"},
        ),
        # one that describes the event word keeps its names
        ("وفرضت الدول الأربع أمس الحصار الذي شمل قطر.", "sanctions", {"SAU", "ARE", "BHR", "EGY", "QAT"}),
    ],
)
def test_a_relative_clause_about_a_name_adds_no_party(text, event_type, countries):
    found = of_type(extract(text, "2018-06-06"), event_type)
    assert [set(e["countries"]) for e in found] == [countries], found


def test_a_relative_clause_keeps_the_event_s_only_country():
    # "سمر بدوي، التي تسببت في أزمة بين السعودية وكندا": with nothing else to place it, the names stay
    found = of_type(
        extract(
            "كما تم القبض على نشطاء حقوق الإنسان، ومنهم سمر بدوي، التي تسببت في أزمة سياسية بين السعودية وكندا.",
            "2018-08-12",
        ),
        "arrest",
    )
    assert len(found) == 1 and "SAU" in found[0]["countries"], found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("وطالب الأمين العام للأمم المتحدة بالتحقيق في تفجير مرفأ بيروت الذي وقع الثلاثاء.", "2018-06-05"),
        ("وطالبت منظمة العفو الدولية بالتحقيق في الغارة التي شنها التحالف على صعدة أمس.", "2018-06-05"),
        ("The UN chief called for an investigation into the bombing in Beirut on Tuesday.", "2018-06-05"),
    ],
)
def test_a_demand_about_a_past_attack_leaves_the_attack(text, date):
    found = of_type(extract(text, "2018-06-06"), "attack")
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    "text",
    [
        # the pledge's day is not the killing's
        "وتعهد الرئيس الإيراني أمس بالرد على اغتيال العالم النووي محسن فخري زاده.",
        "The Iranian president vowed on Sunday to avenge the killing of the nuclear scientist Mohsen Fakhrizadeh.",
        # a hypothetical attack stays one
        "وتعهد الرئيس الإيراني بالرد على أي هجوم إسرائيلي.",
        "The UN chief called for an investigation into any attack on civilians.",
    ],
)
def test_no_attack_on_the_day_of_the_pledge(text):
    assert of_type(extract(text, "2018-06-06"), "attack") == []
