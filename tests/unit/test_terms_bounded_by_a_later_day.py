"""A time after an event word, right after a word of a bound in time (حتى، لغاية، until) and
later than the publication or not, is the end of the term or span the deed opens ("تكليف البشير برئاسة الحكومة
الانتقالية حتى الأول من مارس المقبل", "named caretaker prime minister until March 1"), not the
deed's own time: the deed keeps the day its sentence tells."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2024-12-10"


@pytest.mark.parametrize(
    "text",
    [
        "دمشق - أعلنت القيادة العامة في سوريا، الثلاثاء، تكليف محمد البشير برئاسة الحكومة الانتقالية حتى الأول من مارس المقبل.",
        "DAMASCUS - Syria's new rulers on Tuesday named Mohammed al-Bashir as caretaker prime minister until March 1.",
    ],
)
def test_a_term_s_end_is_not_the_deed_s_day(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "appointment")] == ["2024-12-10"]


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        # a bound before the publication ends a span too: the protests began on a day not told
        ("دمشق - قالت السلطات إن الاحتجاجات في سوريا تواصلت حتى الأحد.", "protest", []),
        # a deed still to come keeps no day
        ("Syria's new rulers will name a caretaker prime minister until March 1.", "appointment", []),
    ],
)
def test_other_bounds_stay(text: str, event_type: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), event_type)] == dates
