"""A leader or an official who quit (Bouteflika quit on April 2) resigned; what a party or a
state quits, named right after the verb (the nuclear agreement, the talks), is no resignation,
and neither is a call or pressure to quit. A leader who flew into exile paid no visit."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("Algeria's Bouteflika quit on April 2 under pressure from the street.", "2019-12-13", "2019-04-02"),
        ("In Bolivia, Sanchez de Lozada quit on Friday after weeks of protests.", "2003-10-18", "2003-10-17"),
        ("In Algeria, Chadli quit under pressure from the generals in January 1992.", "1992-06-30", "1992-01"),
        ("The head of Sudan's military council quit on Friday.", "2019-04-13", "2019-04-12"),
        # with a title, as before
        ("Algeria's President Abdelaziz Bouteflika quit on April 2 under pressure from the street.", "2019-12-13", "2019-04-02"),
    ],
)
def test_a_leader_who_quit_resigned(text: str, published: str, date: str) -> None:
    # (a body named in the leader's title is not what is quit)
    events = of_type(extract(text, published), "appointment")
    assert [e["date"] for e in events] == [date], events


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Tensions soared after the United States quit the 2015 nuclear agreement with Iran last year.", "2019-06-20"),
        ("The Taliban quit the talks with the Afghan government in Doha on Monday.", "2021-03-02"),
        ("Pressure mounted on Belarusian President Alexander Lukashenko to quit.", "2020-08-17"),
        ("Protesters in Algiers demanded that President Bouteflika quit.", "2019-03-20"),
        ("Burkina Faso, Mali and Niger quit ECOWAS on Sunday.", "2023-12-04"),
    ],
)
def test_what_is_quit_or_a_call_to_quit_is_no_resignation(text: str, published: str) -> None:
    assert not of_type(extract(text, published), "appointment")


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        ("Haiti's President Jean-Bertrand Aristide resigned and flew into exile on Sunday.", "2004-03-01", []),
        ("Iraq's foreign minister flew into Amman on Sunday for talks with King Abdullah.", "2004-03-01", ["2004-02-29"]),
    ],
)
def test_a_leader_who_flew_into_exile_paid_no_visit(text: str, published: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "visit")] == dates
