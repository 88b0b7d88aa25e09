"""An event word inside a relative clause set off by a comma ("X, who resigned hours later")
leaves a verb in the past outside that clause standing as an event of its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2021-12-24"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "A junta seized power in Mali in August 2020, when soldiers detained President Ibrahim "
            "Boubacar Keita, who resigned hours later.",
            "arrest",
        ),
        (
            "Turkish President Recep Tayyip Erdogan, who became president in 2014, visited Qatar in November 2021.",
            "visit",
        ),
        (
            "The Emir of Qatar, who took office in 2013, signed a defence agreement with Turkey in December 2021.",
            "agreement",
        ),
    ],
)
def test_the_clause_outside_the_aside_stays(text: str, event_type: str) -> None:
    assert len(of_type(extract(text, PUB), event_type)) == 1


def test_the_aside_keeps_its_own_event() -> None:
    text = "A junta seized power in Mali in August 2020, when soldiers detained President Keita, who resigned hours later."
    found = extract(text, PUB)
    assert {e["event_type"] for e in found} >= {"arrest", "appointment"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the deal signed in the main clause stays beside its ratification told in the relative clause
        (
            "Russia and China signed a border agreement in October 2004, which Russia's parliament ratified in May 2005.",
            [("agreement", "2004-10"), ("ratification", "2005-05")],
        ),
        # the Arabic relative already tells both deeds
        (
            "وقعت تركيا اتفاقية أمنية مع ليبيا في نوفمبر 2019، والتي صادق عليها البرلمان التركي في ديسمبر 2019.",
            [("agreement", "2019-11"), ("ratification", "2019-12")],
        ),
        # no relative clause set off by a comma: the ratification takes in the deal it names
        ("Egypt's parliament ratified the accord that Sisi signed with Cyprus.", [("ratification", "2021-12-24")]),
        ("صادق البرلمان المصري على الاتفاقية التي وقعها السيسي مع قبرص.", [("ratification", "2021-12-24")]),
    ],
)
def test_a_verb_outside_the_aside_is_not_taken_in_by_a_stronger_word_inside_it(text, expected):
    assert sorted((e["event_type"], e["date"]) for e in extract(text, PUB)) == expected
