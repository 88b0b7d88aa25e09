"""An English lead that tells its news in the present perfect with no day ("has resigned", "have
signed a deal") takes the one day named by the sentence that opens the next paragraph, and the one
city that sentence names when the lead places the deed nowhere; not when that sentence tells a time
to come, nor for a deed of a clause of its own in the lead ("in retaliation for a drone attack")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

APRIL = "2019-04-03"  # a Wednesday


@pytest.mark.parametrize(
    ("text", "event_type", "date", "country"),
    [
        (
            "Sudan's prime minister Ali Osman has resigned after weeks of protests against bread prices.\n\n"
            "The 70-year-old handed his letter to the head of the sovereign council on Monday evening, state media said.",
            "appointment",
            "2019-04-01",
            None,
        ),
        (
            "Jordan and Iraq have signed a deal to link their power grids before the summer.\n\n"
            "Ministers from both countries met in the Iraqi city of Basra on Tuesday for the ceremony.",
            "agreement",
            "2019-04-02",
            "IRQ",
        ),
    ],
)
def test_the_lead_takes_the_day_of_the_next_paragraph(text: str, event_type: str, date: str, country: str | None) -> None:
    (event,) = of_type(extract(text, APRIL), event_type)
    assert event["date"] == date
    if country is not None:
        assert (event["location"] or {}).get("country") == country


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # the next sentence tells what is to come
        (
            "Egypt and Sudan have begun joint military drills near Khartoum.\n\n"
            "The drills opened at the Merowe air base and will run until Monday, the army said.",
            "military_exercise",
            "2019-04-03",
        ),
        # an Arabic lead in the past keeps the publication's day: its perfect is no English one
        (
            "وقعت الأردن والعراق اتفاقا لربط شبكتي الكهرباء.\n\nوالتقى وزيرا البلدين في البصرة يوم الثلاثاء.",
            "agreement",
            "2019-04-03",
        ),
    ],
)
def test_a_next_paragraph_of_what_is_to_come_gives_no_day(text: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, APRIL), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Sudan's prime minister Ali Osman has resigned after weeks of protests against bread prices.\n\n"
            "The 70-year-old handed his letter to the head of the sovereign council on Monday evening.\n\n"
            "In the centre of Khartoum, crowds gathered late into the night, waving flags.",
            "2019-04-01",
        ),
        # an Arabic report is read by its own rules: the gathering keeps the publication's day
        (
            "استقال رئيس الوزراء السوداني علي عثمان بعد أسابيع من الاحتجاجات.\n\n"
            "وسلم عثمان رسالته إلى رئيس مجلس السيادة مساء الاثنين.\n\n"
            "وتجمعت حشود في وسط الخرطوم حتى ساعة متأخرة من الليل.",
            "2019-04-03",
        ),
    ],
)
def test_the_deeds_told_after_take_the_day_of_the_perfect_lead(text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, APRIL), "protest")] == [date]
