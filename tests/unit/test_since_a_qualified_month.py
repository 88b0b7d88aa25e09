"""A deed told as done again and again since a month its qualifier is joined to by a hyphen
("have attacked US forces more than 160 times since mid-October", "since late-March 2015") began
that month, as one since a month with its qualifier apart does ("منذ منتصف أكتوبر 2023")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Armed groups have attacked Turkish bases in northern Iraq more than 40 times since mid-October.", "2023-10"),
        ("The coalition has carried out air strikes on Houthi positions in Yemen since late-March 2015.", "2015-03"),
        ("شنت جماعات مسلحة هجمات على القواعد التركية في شمال العراق منذ منتصف أكتوبر 2023.", "2023-10"),
    ],
)
def test_since_a_month_with_a_joined_qualifier(text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2024-02-03"), "attack")] == [date]
