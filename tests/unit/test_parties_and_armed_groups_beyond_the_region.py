"""Parties and armed groups beyond the region (Syriza, the NLD, the BJP, the ANC, the
self-proclaimed Donetsk People's Republic, Abu Sayyaf, the anti-balaka, Ansar Dine) name the
state they belong to, in English and Arabic, so a sentence that names only them tells where
its deed was done."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2015-03-01"  # a Sunday


@pytest.mark.parametrize(
    ("text", "event_type", "actor", "country"),
    [
        ("Anti-balaka militiamen attacked a mosque on Sunday.", "attack", "anti_balaka", "CAF"),
        ("هاجم مسلحو أنتي بالاكا مسجدا يوم الأحد.", "attack", "anti_balaka", "CAF"),
        ("Abu Sayyaf militants beheaded a hostage on Tuesday.", "attack", "abu_sayyaf", "PHL"),
        ("Syriza won the election on Sunday.", "election", "syriza", "GRC"),
        ("فاز حزب سيريزا في الانتخابات يوم الأحد.", "election", "syriza", "GRC"),
        ("Fighters of the Donetsk People's Republic shelled the airport on Tuesday.", "attack", "donetsk_peoples_republic", "UKR"),
        ("قصف مسلحو جمهورية دونيتسك الشعبية المطار الثلاثاء.", "attack", "donetsk_peoples_republic", "UKR"),
        ("Ansar Dine fighters attacked an army post on Tuesday.", "attack", "ansar_dine", "MLI"),
        ("The National League for Democracy won the election on Sunday.", "election", "nld", "MMR"),
        ("فاز حزب بهاراتيا جاناتا في الانتخابات يوم الأحد.", "election", "bjp", "IND"),
    ],
)
def test_a_party_or_group_beyond_the_region_names_its_state(text, event_type, actor, country):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert found and actor in found[0]["actors"] and country in found[0]["countries"], found


@pytest.mark.parametrize(
    ("text", "elections"),
    [
        # a party named a league wins a vote
        ("The Awami League won the election on Sunday.", ["BGD"]),
        ("The National League for Democracy won the election on Sunday.", ["MMR"]),
        # a club winning its league wins no vote
        ("Real Madrid won the league title on Sunday.", []),
        ("The club won the league on Sunday.", []),
        ("Al Ahly won the Champions League final on Sunday.", []),
    ],
)
def test_a_party_called_a_league_wins_a_vote(text, elections):
    found = of_type(extract(text, PUBLISHED), "election")
    assert [c for e in found for c in e["countries"]] == elections, found
