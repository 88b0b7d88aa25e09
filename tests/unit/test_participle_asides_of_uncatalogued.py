"""A measure the catalog would name but whose sides the sentence belies, told with a
participle aside that writes its time ("Israel's blockade of the Gaza Strip, imposed in 2007,
stays in place, but Turkey will be allowed ..."), is dated by that aside, not by the
publication. The aside may follow the object the event word names ("of the Gaza Strip")."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2016-06-27"


@pytest.mark.parametrize(
    ("text", "event_type", "value"),
    [
        (
            "ANKARA - Israel's blockade of the Gaza Strip, imposed in 2007, stays in place, but Turkey will be allowed "
            "to deliver aid through the Israeli port of Ashdod.",
            "sanctions",
            "2007",
        ),
        ("GENEVA - The treaty, signed by Medvedev and Obama in Prague in April, must still be approved.", "agreement", "2016-04"),
        ("GENEVA - The embargo on Iran, imposed in March 2012, stays in place.", "sanctions", "2012-03"),
    ],
)
def test_a_participle_aside_dates_the_noun_before_it(text: str, event_type: str, value: str) -> None:
    assert value in [e["date"] for e in of_type(extract(text, PUB), event_type)]
