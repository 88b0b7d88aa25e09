"""A deed named by a noun that a verb of its type in the past tells done in its sentence ("a second
car bomb exploded in the Madina district"), in a sentence naming no country, took place in the
country the article is clearly about, as a deed told by a verb in the past does. A noun with no
such verb, or one of a deed still to come ("a second car bomb could explode"), stays unplaced."""

from __future__ import annotations

from test_extraction_support import extract, of_type

_OPENING = (
    "MOGADISHU (Reuters) - Somalia declared three days of mourning on Monday after a truck bomb killed 276 people "
    "in Mogadishu on Saturday. Somali police said the death toll could rise. "
)


def test_a_noun_told_done_by_a_verb_of_its_type_is_a_deed_at_home():
    found = of_type(extract(_OPENING + "About two hours after the main blast, a second car bomb exploded in the Madina district, killing two people.", "2017-10-16"), "attack")
    assert ["car bomb" in e["trigger"] for e in found].count(True) == 1, found
    assert all(e["countries"] == ["SOM"] for e in found)


def test_a_noun_of_a_deed_still_to_come_stays_out():
    found = of_type(extract(_OPENING + "Officials warned that a second car bomb could explode in the Madina district.", "2017-10-16"), "attack")
    assert not any("car bomb" in e["trigger"] for e in found), found


def test_a_noun_whose_verb_a_deed_came_before_stays_out():
    found = of_type(extract(_OPENING + "A second car bomb was found and defused before it exploded, police said.", "2017-10-16"), "attack")
    assert not any("car bomb" in e["trigger"] for e in found), found

