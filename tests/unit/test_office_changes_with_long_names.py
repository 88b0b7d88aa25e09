"""Changes of office told with the office holder's full name between the verb and the
office or power ("succeeded his cousin Sheikh Ali bin Hamad Al Khalifa as emir", "forced
veteran ruler Ahmed Ali Saleh from power", "removed General Omar as army chief"), an office
holder removed from duty or a general removed, and a title stripped (stripped of the title of
crown prince, جرّده من لقب ولي العهد) are appointments; cabinets or councils described as
appointed by someone, and appointments not yet made, are none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _appointments(text: str, published: str) -> list[tuple[str | None, list[str]]]:
    return [(e["date"], sorted(e["countries"])) for e in of_type(extract(text, published), "appointment")]


@pytest.mark.parametrize(
    ("text", "date", "countries"),
    [
        (
            "Sheikh Ali succeeded his cousin Sheikh Hamad bin Isa Al Khalifa as emir of Bahrain in May 2011.",
            "2011-05",
            ["BHR"],
        ),
        ("Weeks of protests forced veteran Yemeni ruler Ali Abdullah Saleh from power in 2012.", "2012", ["YEM"]),
        ("On Tuesday, Iraq's president removed General Omar Hassan as army chief.", "2020-01-07", ["IRQ"]),
        ("The Turkish government removed 1,200 teachers from duty on Friday.", "2020-01-10", ["TUR"]),
        (
            "Iraq's prime minister removed the general he had put in charge of Basra on Wednesday.",
            "2020-01-08",
            ["IRQ"],
        ),
        ("Prince Ali of Jordan was stripped of the title of crown prince in 1999.", "1999", ["JOR"]),
        # a ruler who succeeded a kinsman or his predecessor, no office named
        ("Morocco's King Mohammed VI, who succeeded his father Hassan II in 1999, has won praise for reforms.", "1999", ["MAR"]),
        ("Jordan's King Abdullah succeeded his father on the throne in 1999.", "1999", ["JOR"]),
        ("وكان الملك الأردني قد جرّد أخاه الأمير علي من لقب ولي العهد عام 2004.", "2004", ["JOR"]),
    ],
)
def test_change_of_office_with_a_long_name_or_a_removal_from_duty(text, date, countries):
    assert _appointments(text, "2020-01-10") == [(date, countries)]


@pytest.mark.parametrize(
    "text",
    [
        "In Kuwait, frequent rows between MPs and cabinets appointed by the emir have stalled reforms.",
        "In Jordan, councils appointed by the king have little power.",
    ],
)
def test_bodies_described_as_appointed_are_no_appointment(text):
    assert _appointments(text, "2020-01-10") == []


def test_appointments_not_yet_made_are_none():
    text = (
        "Yemen's council named Foreign Minister Ahmed Awad bin Mubarak prime minister on Monday. "
        "No new ministers have yet been appointed."
    )
    assert _appointments(text, "2024-02-06") == [("2024-02-05", ["YEM"])]
