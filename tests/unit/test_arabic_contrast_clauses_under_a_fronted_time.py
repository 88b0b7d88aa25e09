"""A time opening an Arabic sentence with no comma after it («وفي مايو/أيار 2021 نشرت مدريد وحدات من
الجيش، بينما استدعت الرباط سفيرتها للتشاور») dates the deed in the past of a clause of contrast
beside the first deed too, as an English opening time does ("In May 2021, Madrid deployed troops,
while Rabat recalled its ambassador"); a clause of contrast with a time of its own keeps it (real
resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2022-04-08"


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("وفي مايو/أيار 2021 نشرت مدريد وحدات من الجيش في سبتة، بينما استدعت الرباط سفيرتها للتشاور.", "sanctions", "2021-05"),
        ("وفي مارس 2019 اعتقلت السلطات الجزائرية عشرات الناشطين، فيما تظاهر الآلاف في العاصمة.", "protest", "2019-03"),
        ("In May 2021, Madrid deployed troops in Ceuta, while Rabat recalled its ambassador for consultations.", "sanctions", "2021-05"),
        # a time of its own in the clause of contrast stays its own
        ("وفي مايو/أيار 2021 نشرت مدريد وحدات من الجيش في سبتة، بينما استدعت الرباط سفيرتها في يونيو.", "sanctions", "2021-06"),
    ],
)
def test_a_deed_of_contrast_takes_the_opening_time(text, event_type, date) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), event_type)] == [date]
