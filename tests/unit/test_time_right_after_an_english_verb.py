"""The time written right after an English verb in the past, perhaps past its agent ("a security
pact approved by the Iraqi parliament in 2008"), is that verb's own, though the time of another
verb ("pulled out in December 2011") stands nearer before it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        (
            "The last U.S. forces pulled out of Iraq in December 2011 under a security pact approved by the Iraqi "
            "parliament in 2008.",
            "2014-08-08",
            "ratification",
            "2008",
        ),
        (
            "Troops left Mali in August 2022 under a defence treaty ratified by the French National Assembly in "
            "March 2013.",
            "2023-01-10",
            "ratification",
            "2013-03",
        ),
    ],
)
def test_the_time_after_the_verb_is_its_own(text: str, published: str, kind: str, date: str) -> None:
    found = of_type(extract(text, published), kind)
    assert [e["date"] for e in found] == [date], found


def test_a_time_after_another_phrase_leaves_the_nearer_one() -> None:
    text = "Iranian forces seized the tanker in the Gulf on Monday, a week after Britain detained an Iranian ship."
    found = [e for e in of_type(extract(text, "2019-07-20"), "attack") if e["trigger"] == "seized"]
    assert [e["date"] for e in found] == ["2019-07-15"], found


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        (
            "Lebanese Prime Minister Hassan Diab announced on Monday the resignation of the government formed in January.",
            "2020-08-11",
            "appointment",
            "2020-08-10",
        ),
        (
            "Iraqi police announced on Tuesday the arrest of members of a cell involved in 2016 bombings in Baghdad.",
            "2019-11-20",
            "arrest",
            "2019-11-19",
        ),
    ],
)
def test_a_time_of_a_participle_in_the_complement_is_not_the_word_s(text: str, published: str, kind: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [date]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "The last U.S. troops left the Philippines in November 1992 under a mutual defense treaty ratified by the "
            "United States Senate in 1952.",
            "1993-01-10",
            "1952",
        ),
        (
            "The last U.S. forces pulled out of Iraq in December 2011 under a security pact approved by the Iraqi "
            "Council of Representatives in 2008.",
            "2014-08-08",
            "2008",
        ),
    ],
)
def test_a_long_or_capitalised_agent(text: str, published: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "ratification")] == [date]
