"""A deed of a state's own doing told in a sentence that names no country but "the country"
("Bazoum, elected in 2021 in the country's first peaceful handover of power", «انتخب عام 2021 في
أول انتقال سلمي للسلطة في البلاد») is the country the article speaks of, the one it opens with,
though no country leads the article by a clear margin; and the acting state of a closure told
before ("France suspended aid to Niger") is never taken for the article's country."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

EN = (
    "NIAMEY, July 31 - Soldiers in Niger detained the president on Wednesday. Niger's borders were closed. "
    "France suspended flights to Niger on Saturday. France condemned the coup. Paris said French citizens were safe. "
    "Crowds in Niamey chanted against France.\n"
)
EN_CLOSURE = (
    "NIAMEY, July 31 - Soldiers in Niger detained the president on Wednesday. Niger's borders were closed. "
    "France, the former colonial power, suspended development aid and budget support to Niger on Saturday, and "
    "the European Union suspended security cooperation. France condemned the coup. Paris said French citizens "
    "were safe. Crowds in Niamey chanted against France.\n"
)
AR = (
    "نيامي - احتجز جنود في النيجر الرئيس يوم الأربعاء. وأغلقت حدود النيجر. وعلقت فرنسا رحلاتها إلى النيجر يوم السبت. "
    "ودانت فرنسا الانقلاب. وقالت باريس إن رعاياها بخير. وهتفت حشود في نيامي ضد فرنسا.\n"
)


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (EN + "Bazoum, elected in 2021 in the country's first peaceful handover of power, had been a key Western ally.", [["NER"]]),
        (EN_CLOSURE + "Bazoum, elected in 2021 in the country's first peaceful handover of power, had been a key ally.", [["NER"]]),
        (AR + "وكان بازوم قد انتخب عام 2021 في أول انتقال سلمي للسلطة في البلاد.", [["NER"]]),
        # a person the actor dictionary knows gives the election his own country
        (EN + "Bazoum, elected in 2021, had been a key Western ally.", [["NER"]]),
        (AR + "وكان بازوم قد انتخب عام 2021.", [["NER"]]),
        # near-misses: a person it does not know and no word for the country, no country the election is of
        (EN + "Adamou, elected in 2021, had been a key Western ally.", []),
        (AR + "وكان أدامو قد انتخب عام 2021.", []),
        # the closing state is not the article's country: no French election
        (EN_CLOSURE + "Adamou, elected in 2021, had been a key Western ally.", []),
        # a country named in the sentence is the deed's own
        (EN + "Erdogan, elected in 2014 in the country's first direct presidential vote, is a key ally.", [["TUR"]]),
        (AR + "وكان أردوغان قد انتخب عام 2014 في أول انتخابات رئاسية مباشرة في البلاد.", [["TUR"]]),
    ],
)
def test_the_country_spoken_of(text, countries):
    events = of_type(extract(text, "2023-07-31"), "election")
    assert [e["countries"] for e in events] == countries
