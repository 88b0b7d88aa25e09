"""A deed a stronger word of its sentence would absorb (a deal its ratification approves, talks
held under a truce) keeps its own event when it stands in a clause of its own on a day of its
own, in Arabic as in English; told in one clause with one day, it is absorbed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-01-03"


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (
            "وافق البرلمان التركي على إرسال قوات إلى ليبيا. ويأتي القرار بعد أن وقع الرئيس رجب طيب أردوغان والسراج "
            "في إسطنبول يوم 27 نوفمبر الماضي مذكرتي تفاهم، وقد صادق عليهما البرلمان التركي في ديسمبر.",
            {("agreement", "2019-11-27"), ("ratification", "2019-12")},
        ),
        (
            "Turkey's parliament voted to send troops to Libya. Erdogan and Sarraj signed two memoranda in Istanbul "
            "on Nov. 27, and the Turkish parliament ratified the security accord in December.",
            {("agreement", "2019-11-27"), ("ratification", "2019-12")},
        ),
    ],
)
def test_a_deed_on_a_day_of_its_own_keeps_its_event(text: str, kinds: set[tuple[str, str]]) -> None:
    found = extract(text, PUBLISHED)
    got = {(e["event_type"], e["date"]) for t in ("agreement", "ratification") for e in of_type(found, t)}
    assert kinds <= got, got
