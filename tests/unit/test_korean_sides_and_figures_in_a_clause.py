"""- "the North" names North Korea in an article that names it in full elsewhere, and nothing in
  one that does not, nor inside "the North Atlantic"; "the South" names no country.
- A comma of thousands ("500,000 tonnes") ends no clause: the time after the figure still dates
  the deed told before it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.actors import find_actors
from events.resources import load_resources
from events.text.normalize import fold


def _countries(text: str) -> list[tuple[str, str | None]]:
    return [(a.text, a.country) for a in find_actors(text, fold(text), load_resources().actors)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "North Korea shelled Yeonpyeong. In May, Seoul suspended almost all trade with the North.",
            [("North Korea", "PRK"), ("Seoul", "KOR"), ("the North", "PRK")],
        ),
        # "the South" names no country: the south of another one is as often meant
        ("South Korea held drills. Pyongyang said the South had fired first.", [("South Korea", "KOR"), ("Pyongyang", "PRK")]),
        ("South Korea sent aid to Sudan on Monday. Rebels attacked army posts in the South.", [("South Korea", "KOR"), ("Sudan", "SDN")]),
        # no Korea named in full, or a name that holds "the North"
        ("The North fired shells at the island on Tuesday.", []),
        (
            "North Korea said it would keep its arsenal. NATO leaders discussed the future of the North Atlantic alliance.",
            [("North Korea", "PRK"), ("NATO", None)],
        ),
        (
            "North Korea tested a missile. Pakistan's army attacked militants in the North Waziristan region.",
            [("North Korea", "PRK"), ("Pakistan's army", "PAK")],
        ),
        (
            "North Korea shelled the island. The North's leader Kim Jong-Il watched.",
            [("North Korea", "PRK"), ("The North", "PRK")],
        ),
    ],
)
def test_the_north_and_the_south_of_korea(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _countries(text) == expected


def test_trade_suspended_with_the_north_is_a_sanction_on_it() -> None:
    text = "North Korea shelled Yeonpyeong on Tuesday. In May, Seoul suspended almost all trade with the North."
    events = of_type(extract(text, "2010-11-24"), "sanctions")
    assert [(e["date"], sorted(e["countries"])) for e in events] == [("2010-05", ["KOR", "PRK"])], events


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        (
            "South Korea suspended fertilizer shipments to North Korea in July, having sent 500,000 tonnes of rice to "
            "North Korea last year.",
            "2006-10-15",
            "aid",
            "2005",
        ),
        (
            "Egypt opened the Rafah crossing in May, after Qatar had sent 1,500 tonnes of food to Gaza on Sunday.",
            "2011-06-01",
            "aid",
            "2011-05-29",
        ),
    ],
)
def test_a_figure_with_thousands_ends_no_clause(text: str, published: str, kind: str, date: str) -> None:
    events = of_type(extract(text, published), kind)
    assert [e["date"] for e in events] == [date], events
