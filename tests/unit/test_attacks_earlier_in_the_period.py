"""Attacks told earlier in the current month or year ("Earlier this month the rebels seized a
cargo ship", "مطلع الشهر الجاري"), beside the attack of the day's news between the same sides,
are deeds of their own: two events, not one told twice. A deed in a sea off a named port
("in the Red Sea off the port of Hodeida") is placed at that port."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        (
            "Houthi rebels launched a drone attack on Abu Dhabi on Monday, killing three people. "
            "Earlier this month the rebels seized an Emirati-flagged cargo ship in the Red Sea.",
            "2022-01",
        ),
        (
            "Libyan National Army jets struck an airport in Tripoli on Monday. "
            "The army's forces took control of most of southern Libya earlier this year.",
            "2022",
        ),
        (
            "هاجم الحوثيون أبوظبي بطائرات مسيرة يوم الاثنين. "
            "وكان الحوثيون قد استولوا على سفينة إماراتية في البحر الأحمر مطلع الشهر الجاري.",
            "2022-01",
        ),
        (
            "قصفت طائرات الجيش الليبي مطارا في طرابلس يوم الاثنين. "
            "وسيطرت قوات الجيش على معظم جنوب ليبيا في وقت سابق من هذا العام.",
            "2022",
        ),
    ],
)
def test_an_attack_earlier_in_the_period_is_its_own(text, earlier):
    dates = sorted(e["date"] for e in of_type(extract(text, "2022-01-18"), "attack"))
    assert dates == sorted(["2022-01-17", earlier])


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The rebels seized an Emirati-flagged cargo ship in the Red Sea off the port of Hodeida on Monday.", "YEM"),
        ("استولى الحوثيون على سفينة إماراتية في البحر الأحمر قبالة ميناء الحديدة يوم الاثنين.", "YEM"),
    ],
)
def test_a_deed_in_a_sea_off_a_port_is_placed_there(text, country):
    (event,) = of_type(extract(text, "2022-01-18"), "attack")
    assert (event.get("location") or {}).get("country") == country
