"""A word of newness beside a catalogued appointment's keywords (عيّن ممثلا خاصا جديدا، to
form a new government, the new envoy) describes the office's new holder, as every appointment
gives an office one: it marks no fresh instance, and the appointment is the catalogued one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("وقال جيم جيفري، الذي عيّن ممثلا خاصا جديدا للولايات المتحدة الأمريكية بسوريا، إن الوضع خطير.", "2018-09-07", "2018-08-17"),
        ("وقال جيفري، الذي عيّن ممثلا خاصا جديدا للولايات المتحدة في سوريا، إن واشنطن باقية.", "2018-09-20", "2018-08-17"),
        ("Jim Jeffrey, appointed as the new US special representative for Syria, said the regime was preparing chemical weapons.", "2018-09-07", "2018-08-17"),
        ("King Abdullah appointed Omar al-Razzaz, a former education minister, to form a new government, the royal court said.", "2018-06-20", "2018-06-05"),
    ],
)
def test_a_new_holder_keeps_the_catalogued_appointment(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "appointment")
    assert [(e["date"], e["date_basis"]) for e in found] == [(date, "reference")], [
        (e["trigger"], e["date"], e["date_basis"]) for e in found
    ]
