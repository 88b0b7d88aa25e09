"""One who came to power after winning a vote was elected in that vote, dated by the vote's own
time ("came to power after winning the 2018 election"), not by the sentence's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "Pakistan's former prime minister Imran Khan, who came to power after winning the 2018 election, "
            "says the cases against him are politically motivated.",
            "2023-05-10",
            "2018",
        ),
        ("Imran Khan came to power in Pakistan after elections in July 2018.", "2023-05-10", "2018-07"),
    ],
)
def test_the_vote_that_brought_one_to_power_keeps_its_time(text, published, day):
    assert [e["date"] for e in of_type(extract(text, published), "election")] == [day]


def test_power_hoped_for_is_no_vote():
    text = "Imran Khan hopes to come to power again after elections in Pakistan next year."
    assert of_type(extract(text, "2023-05-10"), "election") == []
