"""A time after since that a participle of lasting leads (حالة العداء القائمة بين البلدين منذ عام
1948) begins that state alone: it dates no deed told outside the state's phrase
(data/assembly.json `lasting_states`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

SIGNED = "وقع الأردن وإسرائيل أمس معاهدة السلام في وادي عربة. "


@pytest.mark.parametrize(
    ("text", "kind", "absent"),
    [
        (
            SIGNED + "وتنهي المعاهدة رسمياً حالة العداء القائمة بين البلدين منذ عام 1948، وتتضمن ترسيم الحدود "
            "وإقامة علاقات دبلوماسية كاملة.",
            "agreement",
            "1948",
        ),
        (
            SIGNED + "وتنهي المعاهدة رسمياً حالة العداء القائمة بين البلدين منذ عام 1948، وتتضمن ترسيم الحدود "
            "وإقامة علاقات دبلوماسية كاملة.",
            "relations",
            "1948",
        ),
        (
            "Jordan and Israel signed a peace treaty on Wednesday. The treaty ends the state of war that has "
            "existed between Israel and Jordan since 1948.",
            "relations",
            "1948",
        ),
        # the noun of another state between: that state's since
        ("وأنهت الهدنة اليمنية الحرب القائمة منذ عام 2015.", "ceasefire", "2015"),
        # an aside on the deed right before its comma dates that deed, not one further back
        (
            "واعتقلت الشرطة العراقية أمس عشرات المشاركين في الاعتصام، المستمر أمام البرلمان في بغداد منذ أكتوبر.",
            "arrest",
            "1994-10",
        ),
    ],
)
def test_a_lasting_state_dates_no_other_deed(text: str, kind: str, absent: str) -> None:
    assert absent not in [e["date"] for e in of_type(extract(text, "1994-10-27"), kind)]


@pytest.mark.parametrize(
    "text",
    [
        "وتواصلت الاحتجاجات المستمرة منذ أكتوبر في العراق أمس.",
        "وتواصلت الاحتجاجات الشعبية المستمرة منذ أكتوبر في العراق أمس.",
        "وتواصلت الاحتجاجات الشعبية الواسعة المستمرة منذ أكتوبر في العراق أمس.",
        "وتواصلت الاحتجاجات المناهضة للحكومة المستمرة منذ أكتوبر في العراق أمس.",
        # an aside on the deed told before it, set off by a comma
        "وفضت قوات الأمن أمس اعتصام أنصار المعارضة في العراق، المستمر أمام البرلمان منذ أكتوبر.",
    ],
)
def test_the_state_s_own_noun_keeps_its_since(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "1994-11-27"), "protest")] == ["1994-10"]
