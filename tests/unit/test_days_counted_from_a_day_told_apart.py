"""A deed told as so many days before the day of its sentence ("a day after", "بعد يوم من") is
counted from that day also when who told it stands between them ("on Tuesday, witnesses said,
a day after"), when a clause and a pronoun taking up all of it do ("يوم الثلاثاء، وسمع ...،
وذلك بعد يوم من"), and when the doer named after the count is long."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2023-07-29"  # a Saturday: the Tuesday before is the 25th


@pytest.mark.parametrize(
    "text",
    [
        "Shells hit the northern districts of the capital on Tuesday, witnesses said, a day after the two "
        "factions signed a truce in Doha.",
        "The rebels shelled the northern districts of the capital on Tuesday, a day after the army and the rival "
        "armed movement of the east signed a truce in Doha.",
        "قصفت المدفعية أحياء العاصمة الشمالية يوم الثلاثاء، وسمع دوي انفجارات قرب المطار، وذلك بعد يوم من توقيع "
        "الطرفين اتفاقا لوقف إطلاق النار في الدوحة.",
        "قصفت المدفعية أحياء العاصمة الشمالية يوم الثلاثاء، بعد يوم من توقيع ممثلي الجيش والحركة المسلحة في "
        "العاصمة القطرية على اتفاق لوقف إطلاق النار.",
    ],
)
def test_the_truce_is_dated_a_day_before_the_day_told(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "ceasefire")] == ["2023-07-24"]
