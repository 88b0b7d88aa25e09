"""A truce told again by a definite noun whose sentence names none of its sides takes the sides
of the truce told before it: "The truce took effect on April 5" after a charge of violating a
ceasefire (a word that made no event of its own), "The Egyptian-brokered truce came into effect"
after "A ceasefire between Israel and Hamas took hold" (its broker beside those sides)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Armenia accused Azerbaijan on Tuesday of violating a ceasefire in Nagorno-Karabakh. "
        "Officials met in Moscow. The truce took effect on April 5 and has largely held.",
        "اتهمت أرمينيا أذربيجان الثلاثاء بخرق وقف إطلاق النار في ناغورني قره باغ. "
        "واجتمع مسؤولون في موسكو. ودخلت الهدنة حيز التنفيذ في الخامس من أبريل.",
    ],
)
def test_a_definite_truce_takes_the_sides_of_the_word_told_before(text):
    found = of_type(extract(text, "2016-04-22"), "ceasefire")
    assert [(ev["date"], set(ev["countries"])) for ev in found] == [("2016-04-05", {"ARM", "AZE"})], found


@pytest.mark.parametrize(
    "text",
    [
        "Armenia accused Azerbaijan on Tuesday of violating a ceasefire in Nagorno-Karabakh. "
        "Officials met in Moscow. We are committed to the truce, he said.",
    ],
)
def test_a_definite_truce_with_no_time_of_its_own_tells_no_deed(text):
    assert not of_type(extract(text, "2016-04-22"), "ceasefire")


@pytest.mark.parametrize(
    "text",
    [
        "A ceasefire between Israel and Hamas took hold early on Friday. Thousands celebrated in Gaza. "
        "The Egyptian-brokered truce came into effect at 2 a.m.",
    ],
)
def test_a_brokered_truce_told_again_is_the_truce_told_before(text):
    found = of_type(extract(text, "2021-05-21"), "ceasefire")
    assert len(found) == 1, found
    assert {"ISR", "PSE", "EGY"} <= set(found[0]["countries"]), found
