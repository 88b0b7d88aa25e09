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
