"""A deed whose sentence opens with a word of another hour of its day ("Earlier on Saturday",
«وفي وقت سابق من يوم السبت») is another attack than the one told on that day before it, in
English as in Arabic; a retelling of the day's attack with no such opener, or with the word of
another hour on a saying inside the sentence, stays one attack."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.other_hours import at_another_hour, opens_at_another_hour
from events.model import Event

PUBLISHED = "2024-04-14"  # a Sunday


@pytest.mark.parametrize(
    "text",
    [
        "Iran launched more than 300 drones and missiles at Israel late on Saturday in its first direct attack. "
        "Earlier on Saturday, Revolutionary Guards commandos seized an Israel-linked container ship near the Strait of Hormuz.",
        "أطلقت إيران أكثر من 300 طائرة مسيرة وصاروخ على إسرائيل ليل السبت في أول هجوم مباشر على أراضيها. "
        "وفي وقت سابق من يوم السبت، احتجز الحرس الثوري الإيراني سفينة حاويات مرتبطة بإسرائيل قرب مضيق هرمز.",
    ],
)
def test_deed_at_another_hour_is_another_attack(text: str) -> None:
    attacks = of_type(extract(text, PUBLISHED), "attack")
    assert [a["date"] for a in attacks] == ["2024-04-13", "2024-04-13"], text


@pytest.mark.parametrize(
    "text",
    [
        # the day's attack told again, with no word of another hour
        "Iran launched more than 300 drones and missiles at Israel late on Saturday. "
        "The Israeli military said on Saturday that Iran had launched the drones at Israel.",
        # the word of another hour is the saying's, inside the sentence
        "أطلقت إيران أكثر من 300 طائرة مسيرة وصاروخ على إسرائيل ليل السبت. "
        "وقال الجيش الإسرائيلي في وقت سابق السبت إن إيران أطلقت المسيرات على إسرائيل.",
    ],
)
def test_retelling_of_the_day_stays_one_attack(text: str) -> None:
    assert len(of_type(extract(text, PUBLISHED), "attack")) == 1, text


def _event(quote: str, day: str, event_type: str = "attack", date: str = "2024-04-13") -> Event:
    start = quote.index(day)
    return Event(
        event_id="e", article_id="a", event_type=event_type, cameo=None, date=date, date_precision="day",
        date_basis="relative", title="t", quote=quote, trigger="x",
        spans={"quote": (100, 100 + len(quote)), "date": (100 + start, 100 + start + len(day))},
    )


@pytest.mark.parametrize(
    ("quote", "day", "opens"),
    [
        ("Earlier on Saturday, commandos seized a ship.", "Saturday", True),
        ("Later on Thursday evening, jets struck the town.", "Thursday evening", True),
        ("وفي وقت سابق من يوم السبت، احتجز الحرس الثوري سفينة.", "يوم السبت", True),
        ("في وقت لاحق الخميس قصفت الطائرات البلدة.", "الخميس", True),
        # not at the sentence's opening, or no word of another hour
        ("Commandos seized a ship earlier on Saturday.", "Saturday", False),
        ("On Saturday, commandos seized a ship.", "Saturday", False),
        ("وقال الجيش في وقت سابق السبت إن الحرس احتجز سفينة.", "السبت", False),
    ],
)
def test_opens_at_another_hour(quote: str, day: str, opens: bool) -> None:
    assert opens_at_another_hour(_event(quote, day)) is opens


def test_only_deeds_done_at_a_place_and_of_one_day() -> None:
    earlier = _event("Earlier on Saturday, commandos seized a ship.", "Saturday")
    plain = _event("On Saturday, Iran launched drones at Israel.", "Saturday")
    assert at_another_hour(earlier, plain)
    assert not at_another_hour(_event("Earlier on Saturday, the ministers met.", "Saturday", "meeting"),
                               _event("On Saturday, the ministers met.", "Saturday", "meeting"))
    assert not at_another_hour(earlier, _event("On Friday, Iran launched drones at Israel.", "Friday", date="2024-04-12"))
