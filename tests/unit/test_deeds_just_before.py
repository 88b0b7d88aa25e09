"""A sentence opened by a word of right before and a definite event word, perhaps with its verb,
set off by a comma ("About an hour before the ceasefire began, a mortar bomb killed two
civilians", «وقبيل الزيارة، ...») tells a deed of that event's day as told before. A leader
who "came under fire from within his own cabinet" was criticised, not attacked."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2014-08-27"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "GAZA - Israel and the Palestinians agreed to an open-ended ceasefire on Tuesday. About an hour before the ceasefire began, "
            "a mortar bomb fired from Gaza killed two Israeli civilians at a kibbutz.",
            "2014-08-26",
        ),
        (
            "GAZA - Israel and the Palestinians agreed to an open-ended ceasefire on Tuesday. Shortly before the ceasefire, "
            "Israeli jets struck a tower in Gaza City.",
            "2014-08-26",
        ),
        ("غزة - أعلنت مصر عن هدنة بين إسرائيل والفلسطينيين الثلاثاء. وقبيل الهدنة، قصفت طائرات إسرائيلية برجا في غزة.", "2014-08-26"),
    ],
)
def test_a_deed_just_before_an_event_is_of_its_day(text: str, value: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "attack")] == [value]


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        ("JERUSALEM - Netanyahu came under fire from within his own cabinet, where several ministers complained.", 0),
        ("KABUL - The Afghan army convoy came under fire from Taliban fighters near Kandahar on Tuesday.", 1),
    ],
)
def test_under_fire_from_his_own_side_is_criticism(text: str, attacks: int) -> None:
    assert len(of_type(extract(text, PUB), "attack")) == attacks
