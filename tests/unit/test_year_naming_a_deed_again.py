"""An English deed told by "the" and its noun with no date, named again in its sentence with a year
before the same noun, takes that year; a deed told otherwise keeps its date, and Arabic is untouched."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

LEAD = "RABAT (AFP) - Morocco sent troops into the buffer zone on Friday. "


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            LEAD + '"Morocco has ended the truce," a rebel leader said, adding that the movement was no '
            "longer bound by the 1991 UN-brokered truce.",
            ["1991"],
        ),
        (
            LEAD + "Rebels declared the truce dead and said they no longer honour the 2016 truce.",
            ["2016"],
        ),
        # a new one beside the old one: each keeps its own
        (LEAD + "Rebels said a new truce replaces the 2014 truce.", ["2014", "2020-08-28"]),
        # Arabic: no deed found here, and the year makes none
        (
            "الرباط (أ ف ب) - أرسل المغرب قوات إلى المنطقة العازلة يوم الجمعة. "
            "وقال قيادي إن المغرب أنهى الهدنة وإن الحركة لم تعد ملزمة بهدنة عام 1991.",
            [],
        ),
        (
            "الرباط (أ ف ب) - اتفق الطرفان على وقف إطلاق النار، الذي يحل محل وقف إطلاق النار لعام 2014.",
            [],
        ),
    ],
)
def test_a_year_naming_the_deed_again(text: str, dates: list[str]) -> None:
    found = of_type(extract(text, "2020-08-28"), "ceasefire")
    assert sorted(e["date"] for e in found) == dates
