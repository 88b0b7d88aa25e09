"""A person's name set off by commas right after the noun it names ("named his own son, Hussein,
crown prince in 2009", "وسمى نجله، الأمير حسين، وليا للعهد عام 2009") opens no clause of its own:
the time after it is the deed's own, and a second deed of its sentence keeps it rather than the
time of the first."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

from events.assemble.text import _clause


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Jordan's King Abdullah stripped Hamzah of his title of crown prince in 2004 and named his own son, "
            "Hussein, crown prince in 2009.",
            ["2004", "2009"],
        ),
        (
            "وجرد العاهل الأردني الملك عبدالله الأمير حمزة من لقب ولي العهد عام 2004 وسمى نجله، الأمير حسين، "
            "وليا للعهد عام 2009.",
            ["2004", "2009"],
        ),
    ],
)
def test_the_second_deed_keeps_the_time_after_the_name(text, dates):
    assert sorted(e["date"] for e in extract(text, "2021-04-04") if e["event_type"] == "appointment") == dates


@pytest.mark.parametrize(
    ("text", "word", "reaches"),
    [
        ("He named his own son, Hussein, crown prince in 2009.", "named", "2009"),
        ("وسمى نجله، الأمير حسين، وليا للعهد عام 2009.", "وسمى", "2009"),
        # a name after a capitalised name ("ambassador to Turkey, Andrei Karlov,") is no apposition read here
        ("Russia's ambassador to Turkey, Andrei Karlov, was shot dead in 2016.", "ambassador", None),
        # a clause of another doer after the comma: no name set off
        ("He named his son, and Hussein became crown prince in 2009.", "named", None),
        # an Arabic name with no title is not read as set off
        ("وسمى نجله، حسين، وليا للعهد عام 2009.", "وسمى", None),
    ],
)
def test_the_clause_goes_on_past_a_name_set_off(text, word, reaches):
    start = text.index(word)
    lo, hi = _clause(text, (0, len(text)), (start, start + len(word)))
    assert (reaches in text[lo:hi]) if reaches else (hi < len(text) - 6)
