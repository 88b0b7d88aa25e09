"""A ship, a tanker or a facility struck (ضرب سفينة حربية تابعة لقوات التحالف بصواريخ, the
Houthis struck a Saudi Aramco petroleum distribution station, strikes on Saudi oil facilities)
is an attack on it, as a strike on positions is. Lightning, a quake or a storm that struck a
refinery or a ship, or a strike of workers at a refinery, is no one's attack."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUB = "2022-04-01"


def _attacks(text: str) -> list[tuple[str | None, list[str]]]:
    return sorted((e["date"], sorted(e["countries"])) for e in extract(text, PUB) if e["event_type"] == "attack")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "The announcement came a week after the Houthis struck a Saudi Aramco petroleum distribution station "
            "in Jeddah on March 25.",
            [("2022-03-25", ["SAU", "YEM"])],
        ),
        (
            "Iran's Revolutionary Guards struck an Israeli-owned tanker off the coast of Oman on Tuesday.",
            [("2022-03-29", ["IRN", "ISR", "OMN"])],
        ),
        (
            "أعلن الحوثيون الثلاثاء ضرب سفينة حربية تابعة للتحالف بقيادة السعودية قبالة ميناء الحديدة اليمني.",
            [("2022-03-29", ["ARE", "SAU", "YEM"])],
        ),
    ],
)
def test_a_ship_or_a_facility_struck_is_an_attack(text, found):
    assert _attacks(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Lightning struck an oil refinery in Kuwait on Tuesday, starting a small fire.",
        "An earthquake struck near the Iranian port of Bandar Abbas on Tuesday, damaging a power station.",
        "Workers went on strike at the Baiji refinery in Iraq on Tuesday over unpaid wages.",
        "The strike at the Abadan refinery in Iran entered its third day on Tuesday.",
        "A general strike on Tuesday shut Beirut airport, Lebanese unions said.",
        "ضربت عاصفة قوية سفينة شحن قبالة سواحل عمان يوم الثلاثاء.",
    ],
)
def test_a_storm_or_a_labour_strike_is_no_attack(text):
    assert _attacks(text) == []
