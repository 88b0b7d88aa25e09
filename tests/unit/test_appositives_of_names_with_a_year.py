"""An English event word in the appositive describing a thing named with its year ("the 2003
Rose Revolution, a wave of peaceful street demonstrations that forced Eduard Shevardnadze to step
down") tells that thing's deeds, of that year, unless the appositive gives them a time of their own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "told"),
    [
        (
            "Saakashvili rose to power on the back of the 2003 Rose Revolution, a wave of peaceful street "
            "demonstrations that forced Eduard Shevardnadze to step down in Georgia.",
            "2021-10-01",
            [("protest", "2003"), ("appointment", "2003")],
        ),
        (
            "Kyrgyzstan's 2005 Tulip Revolution, a wave of protests that toppled President Askar Akayev, "
            "still shapes its politics.",
            "2020-10-06",
            [("protest", "2005"), ("appointment", "2005")],
        ),
    ],
)
def test_the_appositive_s_deeds_take_the_name_s_year(text: str, published: str, told: list[tuple[str, str]]) -> None:
    assert [(e["event_type"], e["date"]) for e in extract(text, published)] == told


def test_a_time_of_the_appositive_s_own_dates_its_deed() -> None:
    text = (
        "Georgia remembers the 2003 Rose Revolution, a movement whose leader Mikheil Saakashvili was "
        "arrested in Tbilisi in October 2021."
    )
    assert [e["date"] for e in extract(text, "2021-11-01") if e["event_type"] == "arrest"] == ["2021-10"]


def test_a_fronted_phrase_is_no_appositive() -> None:
    # "Following Guinea's 2020 election," opens the sentence: its main clause is no appositive
    text = "Following Guinea's 2020 election, the opposition staged protests in Conakry."
    assert [e["date"] for e in extract(text, "2021-09-06") if e["event_type"] == "protest"] != ["2020"]
