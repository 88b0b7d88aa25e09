"""A noun of a war or a campaign after "ensuing" or "subsequent" tells the deed that followed the
one told just before with its time ("Hamas's Oct. 7 attack ... Israel's ensuing offensive in
Gaza"): it takes that time's month (its year, when only a year is told), not the publication's
day, unless its own sentence tells a time after it. Told with its doer's possessive, it is a deed
of its own, never folded into the one it followed; "the ensuing clashes" of a shooting stay one
with it. With no time told before, it takes none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates

PUB = "2024-03-15"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Hamas attacked southern Israel on Oct. 7, 2023. Israel's ensuing offensive in Gaza has killed thousands.", "2023-10"),
        ("Protests erupted in Tehran in September 2022. The subsequent crackdown killed hundreds.", "2022-09"),
        ("Russia invaded Ukraine in 2022. The ensuing war has killed thousands.", "2022"),
        # no deed of a war or a campaign after it, or a time of its own in its sentence: no date
        ("Soldiers seized power in Niger on Wednesday. A subsequent statement said Bazoum had been detained.", None),
        ("Hamas fired rockets at Israel on Monday. Israel's subsequent air strikes on Gaza killed 10 people on Tuesday.", None),
        # nothing told before: no date
        ("Israel's ensuing offensive in Gaza has killed thousands.", None),
    ],
)
def test_ensuing_takes_the_time_told_before(text: str, value: str | None) -> None:
    found = [m.value for m in find_dates(text, PUB, "en") if m.text.lower() in ("ensuing", "subsequent")]
    assert found == ([value] if value else [])


def test_the_ensuing_deed_is_one_of_its_own() -> None:
    text = (
        "Tensions have soared since Hamas's Oct. 7 attack on southern Israel, which killed about 1,200 people, "
        "and Israel's ensuing offensive in Gaza, which has killed more than 33,000 Palestinians."
    )
    dates = sorted(e["date"] for e in of_type(extract(text, PUB), "attack"))
    assert dates == ["2023-10", "2023-10-07"]


def test_the_ensuing_clashes_of_a_shooting_stay_one() -> None:
    text = "Security forces fired on protesters in Khartoum in Sudan on Monday. The ensuing clashes killed 10 people."
    assert len(of_type(extract(text, "2023-03-31"), "attack")) == 1


def test_a_day_of_its_own_stands() -> None:
    text = "Hamas fired rockets at Israel on Monday. Israel's subsequent air strikes on Gaza killed 10 people on Tuesday."
    assert "2023-03-28" in [e["date"] for e in of_type(extract(text, "2023-03-31"), "attack")]
