"""Readings of an event word that tell no event of its type: a party's boycott of a vote is
no sanctions between states (a state's boycott of a state or its goods still is)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2021-05-01"


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # a boycott of a vote, of its re-run or of a run-off by a politician or a party
        ("Kenyan opposition leader Raila Odinga boycotted the re-run in October that year.", False),
        ("The Kenyan opposition boycotted the run-off on Sunday.", False),
        ("وقاطعت المعارضة الكينية جولة الإعادة يوم الأحد.", False),
        # a boycott of a state or of its goods
        ("Saudi Arabia boycotted Qatari goods in June 2017.", True),
        ("قاطعت السعودية البضائع القطرية في يونيو 2017.", True),
    ],
)
def test_boycott_of_a_vote_is_no_sanctions(text, present):
    assert (of_type(extract(text, PUB), "sanctions") != []) is present
