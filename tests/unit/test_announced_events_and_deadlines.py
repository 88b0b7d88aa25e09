"""- An event noun named only as what an announcement made known, after a word of time or sequence
  («سبقت الإعلان عن المناورات», "a day before the announcement of the drills"), gives way to the
  sentence's other deed; an announcement celebrated is the news itself.
- A deed a deadline is set for («أمهلت المجموعة العسكريين أسبوعا لإعادة الرئيس») is demanded,
  and one brandished («التلويح بالتدخل العسكري») is threatened: neither took place."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        (
            "وردت بكين الأربعاء بتعليق استيراد الحمضيات من تايوان، في خطوات عقابية سبقت الإعلان عن المناورات.",
            "2022-08-05",
            "sanctions",
            "2022-08-03",
        ),
        (
            "China on Wednesday suspended imports of citrus from Taiwan, a day before the announcement of the drills.",
            "2022-08-05",
            "sanctions",
            "2022-08-03",
        ),
    ],
)
def test_the_deed_before_an_announced_event_is_told(text: str, published: str, kind: str, date: str) -> None:
    events = extract(text, published)
    assert [e["date"] for e in of_type(events, kind)] == [date], events


def test_an_announcement_celebrated_is_the_news_itself() -> None:
    text = (
        "Millions of Egyptians poured into the streets on Friday to celebrate the announcement of the resignation "
        "of President Hosni Mubarak."
    )
    assert [e["date"] for e in of_type(extract(text, "2011-02-12"), "appointment")] == ["2011-02-11"]


@pytest.mark.parametrize(
    ("text", "published", "kind"),
    [
        ("وأمهلت المجموعة العسكريين أسبوعا لإعادة الرئيس محمد بازوم إلى منصبه في النيجر.", "2023-07-31", "appointment"),
        ("ويمهل الاتحاد الأفريقي المجلس العسكري أسبوعين لتسليم السلطة إلى حكومة مدنية في السودان.", "2019-04-16", "appointment"),
        ("ويرى محللون أن التلويح بالتدخل العسكري في النيجر يضع المنطقة أمام منعطف خطير.", "2023-07-31", "deployment"),
    ],
)
def test_a_deadline_or_a_brandished_deed_is_no_event(text: str, published: str, kind: str) -> None:
    assert not of_type(extract(text, published), kind)


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        # the deed itself, told after the deadline ran out
        ("وبعد انتهاء المهلة، أعاد الجيش الرئيس إلى منصبه في النيجر أمس.", "2023-08-07", "appointment", "2023-08-06"),
        ("وتدخلت قوات إيكواس عسكريا في غامبيا أمس بعد انتهاء المهلة.", "2017-01-20", "deployment", "2017-01-19"),
    ],
)
def test_the_deed_done_after_the_deadline_is_kept(text: str, published: str, kind: str, date: str) -> None:
    events = extract(text, published)
    assert [e["date"] for e in of_type(events, kind)] == [date], events
