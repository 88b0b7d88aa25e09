"""A catalogued event named after "since"/"after" with its year ("since the 2013 Gezi protests")
is one event: the event word inside the alias, read as the circumstance of the sentence, is the
alias's own word, not a second event of the same type."""

from __future__ import annotations

import pytest

from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "reference_id"),
    [
        ("Turkey has jailed the activist Osman Kavala since the 2013 Gezi protests, rights groups say.", "protest", "gezi_protests_2013"),
        ("Turkey has detained the journalist Ahmet Altan since the 2016 coup attempt, officials said.", "attack", "turkey_coup_attempt_2016"),
        ("Erdogan has tightened his grip on the media after the 2013 Gezi protests.", "protest", "gezi_protests_2013"),
        ("وشدد أردوغان قبضته على الإعلام منذ احتجاجات جيزي 2013.", "protest", "gezi_protests_2013"),
    ],
)
def test_a_catalogued_event_named_with_its_year_after_since_is_one_event(text, event_type, reference_id):
    found = of_type(extract(text, "2020-06-01"), event_type)
    assert [e["reference_id"] for e in found] == [reference_id], found
