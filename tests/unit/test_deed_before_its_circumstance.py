"""An Arabic deed told by its verb and its day, then the fighting that came before it
("سيطر الجيش على المدينة في 26 يونيو بعد معارك"): one event, the verb's, on the verb's day.
The dead told before their cause keep the cause's event (events/assemble/dead_causes.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

CASES = [
    # (published, text, trigger, date)
    (
        "2019-10-20",
        "سيطرت القوات التركية على بلدة تل أبيض السورية في الثالث عشر من أكتوبر بعد اشتباكات مع المقاتلين الأكراد.",
        "سيطرت",
        "2019-10-13",
    ),
    (
        "2016-07-05",
        "وكان الجيش العراقي قد سيطر على مدينة الفلوجة في 26 يونيو/حزيران بعد معارك عنيفة مع تنظيم داعش.",
        "سيطر",
        "2016-06-26",
    ),
    (
        "2012-04-21",
        "وكان جيش جنوب السودان قد سيطر على منطقة هجليج السودانية في العاشر من أبريل/نيسان بعد اشتباكات مع القوات السودانية.",
        "سيطر",
        "2012-04-10",
    ),
    # the dead before their cause: the strike is the event, on the day between them
    (
        "2018-04-23",
        "يذكر أن 33 يمنيا لقوا مصرعهم، الأحد، إثر غارة جوية للتحالف السعودي على مدينة حجة.",
        "غارة جوية",
        "2018-04-22",
    ),
    # English keeps the deed and its circumstance apart
    (
        "2019-10-20",
        "Turkish forces seized the Syrian town of Tal Abyad on October 13 after clashes with Kurdish fighters.",
        "seized",
        "2019-10-13",
    ),
]


@pytest.mark.parametrize(("published", "text", "trigger", "date"), CASES)
def test_the_deed_keeps_its_verb_and_day(published: str, text: str, trigger: str, date: str) -> None:
    attacks = of_type(extract(text, published), "attack")
    assert any(e["trigger"] == trigger and e["date"] == date for e in attacks), attacks


def test_a_protest_joined_is_not_an_after_clause() -> None:
    """«خرجوا في احتجاجات ... الاثنين»: the protest keeps its own word and day."""
    found = extract("اعتقلت الشرطة الإيرانية العشرات ممن خرجوا في احتجاجات السوق الكبير في طهران الاثنين.", "2018-06-26")
    assert [(e["trigger"], e["date"]) for e in of_type(found, "protest")] == [("احتجاجات", "2018-06-25")]
