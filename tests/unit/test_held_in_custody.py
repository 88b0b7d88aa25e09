"""Someone told in custody is detained, unless told still, already or remaining there: a state
lasting since an arrest, no deed of the day (triggers.json, the arrest entry of `in custody`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Two journalists have been in custody in Iraq since Sunday.", ["2003-12-14"]),
        # a state that lasts: no arrest of the day
        ("The opposition leader remains in custody in Baghdad.", []),
        ("The Iraqi opposition leader is still in custody in Baghdad.", []),
        ("Many senior Iraqi officials are already in custody in Baghdad.", []),
        ("The Iraqi opposition leader is still being held in custody in Baghdad.", []),
        ("The Iraqi opposition leader is currently in custody in Baghdad.", []),
    ],
)
def test_in_custody(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, "2003-12-15"), "arrest")] == dates
