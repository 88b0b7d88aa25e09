"""Two English readings that reached past what governs them.

- A verb in the past right after `and` is a predicate of its own: a cue that is a verb of its
  own object before it does not reach it ("postponed the vote indefinitely and replaced Prime
  Minister Ouyahia": the replacement happened; "refused to negotiate and arrested": the arrest
  happened). A denial, a condition, a fear or a negation still governs both verbs.
- A word that excludes a reading (an election for "held by the military") counts, for a
  reading whose excludes stop at its clause, only back to a relative aside about the person
  before it ("Mursi, who won the election in June 2012, has been held by the military"), which
  excludes nothing; an aside of another kind is passed over to the subject before it ("Egypt's
  elections, delayed twice since the coup, have been held by the military").
"""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words, extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "Last month he abandoned that bid, postponed the vote indefinitely and replaced Prime Minister Ahmed Ouyahia "
            "with Interior Minister Noureddine Bedoui.",
            "2019-04-03",
            "appointment",
            "2019-03",
        ),
        ("The Algerian government refused to negotiate and arrested opposition leader Karim Tabbou on Tuesday.", "2019-04-03", "arrest", "2019-04-02"),
    ],
)
def test_a_past_verb_after_and_is_not_governed_by_the_cue_before(text, published, event_type, date):
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The army denied that its troops attacked and killed protesters in Algiers on Tuesday.", "attack"),
        ("The government postponed the vote and the talks indefinitely.", "election"),
        # a condition, a fear or a negation governs both verbs of the pair
        ("If the army seized power and arrested President Abdelaziz Bouteflika, Algeria would collapse.", "arrest"),
        ("Residents feared that gunmen had stormed the village and killed dozens.", "attack"),
        ("The army did not storm the town and arrested no one.", "arrest"),
    ],
)
def test_a_denial_or_a_noun_after_and_stays_governed(text, event_type):
    assert asserted_words(text, event_type) == []


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        (
            "Mursi, who won Egypt's first free presidential election in June 2012, has been held by the military since Wednesday, "
            "a spokesman for his Muslim Brotherhood said.",
            "2013-07-04",
            ["2013-07-03"],
        ),
        ("Mursi has been held by the military since Wednesday.", "2013-07-04", ["2013-07-03"]),
        # the word that excludes stands in the reading's own clause, or before an aside of no relative
        ("Elections have been held by the military government in the capital since 2011.", "2013-07-04", []),
        ("Egypt's elections, delayed twice since the coup, have been held by the military since 2011.", "2013-07-04", []),
        ("The ceremony in Cairo, attended by thousands, was being held by the army at the presidential palace.", "2013-07-04", []),
    ],
)
def test_an_aside_before_the_clause_excludes_nothing(text, published, dates):
    assert [e["date"] for e in of_type(extract(text, published), "arrest")] == dates
