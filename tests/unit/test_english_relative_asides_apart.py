"""An English relative clause set off after a comma with a time of its own ("Bashir, who seized
power in a 1989 coup, was removed by the army on April 11") tells a deed apart from the main
clause's, dated by another time: the comma that closes it parts the sentence, so two deeds of one
type are both kept (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2019-07-05"


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        (
            "Sudan's president Omar al-Bashir, who seized power in a 1989 coup, was removed by the army on April 11.",
            "appointment",
            ["1989", "2019-04-11"],
        ),
        ("Mali's interim leader, who took power in a 2012 coup, was toppled by mutinous soldiers on Tuesday.", "appointment", ["2012", "2019-07-02"]),
        # one time only: one deed's sentence, as before
        ("Mali's president, who was elected in 2013, met Macron in Paris on Tuesday.", "visit", ["2019-07-02"]),
    ],
)
def test_a_relative_aside_of_its_own_time_is_another_deed(text, event_type, dates) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, PUBLISHED), event_type)) == dates



def test_a_gathering_held_in_defiance_of_a_ban_stays() -> None:
    found = of_type(extract("Students in Khartoum defied a ban on rallies and protested on Thursday.", PUBLISHED), "protest")
    assert [e["date"] for e in found] == ["2019-07-04"]
