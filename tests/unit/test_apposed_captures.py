"""A capture told by a participle in an apposition to one person ("Resistance leader Xanana
Gusmao, captured by Indonesian troops in 1992, was freed") is that person's arrest; a place so
told ("The town of Shusha, captured by Azerbaijani forces") stays an attack."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        ("Resistance leader Xanana Gusmao, captured by Indonesian troops in 1992, was freed earlier this month.", "arrest", "1992"),
        ("Rebel commander Ahmed Salem, captured by Malian troops in March 1998, was released on Sunday.", "arrest", "1998-03"),
        ("The town of Shusha, captured by Azerbaijani forces in November 1998, lies in ruins.", "attack", "1998-11"),
    ],
)
def test_an_apposed_capture_of_a_person_is_an_arrest(text, kind, date):
    found = extract(text, "1999-09-21")
    assert date in [e["date"] for e in of_type(found, kind)]
    other = "attack" if kind == "arrest" else "arrest"
    assert date not in [e["date"] for e in of_type(found, other)]
