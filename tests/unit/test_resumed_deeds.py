"""A deed resumed, renewed or done again with a day of its own is a new event of that day, beside
the earlier one of its kind ("The strikes resumed on Tuesday, the ministry said", "واستؤنفت
الضربات يوم الثلاثاء"). A strike told again by a determined noun ("the strikes", "its strikes",
"fresh strikes", الضربات) takes its kind from the two sentences before, which tell of it: an
attack when they hold a word of war and none of a labour strike."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2018-05-10"
STRUCK_EN = "Israeli warplanes struck targets in Gaza on Sunday, killing five people, the health ministry said. "
STRUCK_AR = "قصفت طائرات حربية إسرائيلية أهدافا في غزة يوم الأحد، ما أسفر عن مقتل خمسة أشخاص، بحسب وزارة الصحة. "


@pytest.mark.parametrize(
    "text",
    [
        STRUCK_EN + "The strikes resumed on Tuesday, the ministry said.",
        STRUCK_EN + "Israel resumed its strikes on Tuesday, the ministry said.",
        STRUCK_EN + "Fresh strikes hit Gaza on Tuesday.",
        STRUCK_EN + "Egypt brokered a truce on Monday. The strikes resumed on Tuesday.",
        STRUCK_EN + "The raids were renewed on Tuesday, witnesses said.",
        STRUCK_AR + "واستؤنفت الضربات يوم الثلاثاء.",
        STRUCK_AR + "واستؤنفت الغارات يوم الثلاثاء، بحسب الوزارة.",
        STRUCK_AR + "وتجدد القصف يوم الثلاثاء.",
        "اندلعت اشتباكات بين ميليشيات متنافسة في طرابلس يوم السبت. واتفق الطرفان على هدنة يوم الأحد. وتجددت الاشتباكات يوم الثلاثاء جنوب العاصمة.",
        "Clashes broke out between rival militias in Tripoli on Saturday. A truce was agreed on Sunday. The clashes were renewed on Tuesday in the south of the capital.",
    ],
)
def test_a_resumed_deed_is_an_event_of_its_own_day(text: str) -> None:
    dates = sorted(e["date"] for e in of_type(extract(text, PUBLISHED), "attack"))
    assert dates[-1] == "2018-05-08"
    assert len(dates) == 2


# a labour strike resumed, a deal struck, a strike of workers or a penalty kick: no attack
@pytest.mark.parametrize(
    "text",
    [
        "Teachers went on strike across Tunisia on Monday over wages. The strike resumed on Tuesday, the union said.",
        STRUCK_EN + "The strike by dockers in Haifa resumed on Tuesday.",
        "أضرب المعلمون في تونس يوم الاثنين للمطالبة بزيادة الأجور. واستؤنف الإضراب يوم الثلاثاء.",
        STRUCK_AR + "وسجل اللاعب ضربة جزاء يوم الثلاثاء.",
        "The strikes resumed on Tuesday, the ministry said.",
        "واستؤنفت الضربات يوم الثلاثاء.",
    ],
)
def test_no_strike_of_war_told_before_gives_no_new_attack(text: str) -> None:
    assert [e for e in of_type(extract(text, PUBLISHED), "attack") if e["date"] == "2018-05-08"] == []


def test_a_deal_struck_after_strikes_is_no_attack() -> None:
    found = extract(STRUCK_EN + "The two sides struck a deal on Monday.", PUBLISHED)
    assert [e["date"] for e in of_type(found, "attack")] == ["2018-05-06"]
