"""A holder removed from an office: Arabic tells it by a verb of relieving or removing
whose object may be a pronoun, with the office after من (أعفاه من ولاية العهد، عزلهم من
مناصبهم); English by relieving someone of the title of crown prince, or by removing a ruler
named by his office with one word before it (removed elected Prime Minister ...)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date", "country"),
    [
        ("وكان العاهل السعودي قد أعفاه من ولاية العهد عام 2015 وسط دهشة المراقبين.", "2020-05-01", "2015", "SAU"),
        ("عزلت الحكومة التونسية عشرات القضاة من مناصبهم عام 2022.", "2023-02-01", "2022", "TUN"),
        ("The Saudi king relieved his nephew of the title of crown prince in 2017.", "2020-05-01", "2017", "SAU"),
        ("In 1989 the Sudanese army removed elected Prime Minister Sadiq al-Mahdi.", "2019-05-01", "1989", "SDN"),
    ],
)
def test_a_removal_from_office_is_an_appointment(text, published, date, country):
    found = of_type(extract(text, published), "appointment")
    assert any(e["date"] == date and country in e["countries"] for e in found), found
