"""An election told of a person named before an apposition set off by commas ("Bouteflika, a
veteran of the war of independence against France, was first elected in 1999") is his country's
vote: the names of the apposition are about him, not the election's country."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "date", "countries"),
    [
        ("Bouteflika, a veteran of the war of independence against France, was first elected in 1999.", "1999", ["DZA"]),
        ("Erdogan, a close ally of Qatar, won the presidential election in 2018.", "2018", ["TUR"]),
        ("وكان بوتفليقة، أحد قدامى المحاربين في حرب الاستقلال ضد فرنسا، قد انتخب رئيسا لأول مرة عام 1999.", "1999", ["DZA"]),
        # the election is the object of the verb after the aside: the country the sentence names for it
        ("Macron, on a two-day visit to Algiers, praised the Algerian presidential election held on Thursday.", "2019-03-28", ["DZA"]),
        # no apposition: the nearest country's vote, as before
        ("France held an election in 2017, months after Bouteflika visited Paris.", "2017", ["FRA"]),
    ],
)
def test_the_vote_is_the_subjects_countrys(text, date, countries):
    found = [(e["date"], sorted(e["countries"])) for e in extract(text, "2019-04-03") if e["event_type"] == "election"]
    assert found == [(date, countries)], found
