"""A circumstance whose day stands between the article and its word ("after the Oct. 20
presidential election") is still a circumstance: the sentence's own deed is kept beside it,
as it is when a year stands there ("after the 2019 presidential election") or when the day
follows the word, as Arabic writes it ("بعد الانتخابات الرئاسية التي جرت في 20 أكتوبر").
A bare day after the preposition ("After Oct. 20 police arrested ...") dates the clause that
follows it and makes no circumstance of its deed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.text import _is_circumstance

PUB = "2019-11-13"
LEAD = "Bolivia's interim president formed a government on Wednesday. "


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (LEAD + "The protests erupted in Bolivia after the Oct. 20 presidential election, in which Morales claimed victory.", "protest"),
        (LEAD + "The protests erupted in Bolivia after the 2019 presidential election.", "protest"),
        ("اندلعت الاحتجاجات في بوليفيا بعد الانتخابات الرئاسية التي جرت في 20 أكتوبر.", "protest"),
        (
            "The United States invaded Afghanistan in October 2001, weeks after the Sept. 11 attacks, and toppled the Taliban government.",
            "attack",
        ),
    ],
)
def test_the_deed_is_kept_beside_a_dated_circumstance(text: str, kept: str) -> None:
    found = extract(text, PUB)
    assert of_type(found, kept), found
    assert of_type(found, "election") or kept == "attack", found


def test_the_circumstance_keeps_its_own_day() -> None:
    found = extract(LEAD + "The protests erupted in Bolivia after the Oct. 20 presidential election.", PUB)
    assert [e["date"] for e in of_type(found, "election")] == ["2019-10-20"]


def test_the_invasion_keeps_its_month_beside_the_attacks() -> None:
    found = extract("The United States invaded Afghanistan in October 2001, weeks after the Sept. 11 attacks.", PUB)
    assert sorted(e["date"] for e in of_type(found, "attack")) == ["2001-09-11", "2001-10"], found


@pytest.mark.parametrize(
    "text",
    [
        # a bare day dates the clause after it: the arrest is no circumstance of another deed
        LEAD + "After Oct. 20 police arrested dozens of protesters in La Paz.",
        "Since Oct. 7 police arrested dozens of protesters in La Paz.",
    ],
)
def test_a_bare_day_makes_no_circumstance(text: str) -> None:
    assert not _is_circumstance(text, text.index("arrested"))
