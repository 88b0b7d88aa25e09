"""A second verb joined by a comma and "then" ("seized buildings on Sunday, then signed a deal")
tells a deed of its own, on the day of the first; a short phrase of "after" between them ("after
days of fighting") does not take the second verb into it; a span that ran up to a deed of its
own type told before it ("seized ... after days of fighting") is that deed, no event of its own;
an Arabic ordinal day after إلى is a day, not an adjective."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates

SANAA = "Houthi rebels seized government buildings in Yemen's capital Sanaa on Sunday"


@pytest.mark.parametrize(
    ("text", "attacks", "agreements"),
    [
        (SANAA + ", then signed a U.N.-brokered deal with President Hadi.", ["2014-09-21"], ["2014-09-21"]),
        (SANAA + " after days of fighting, then signed a U.N.-brokered deal with President Hadi.", ["2014-09-21"], ["2014-09-21"]),
        (SANAA + " after days of fighting and later signed a U.N.-brokered deal with President Hadi.", ["2014-09-21"], ["2014-09-21"]),
        # a clause of its own after "after": the signing is told in it, of its own time
        (
            SANAA + " after protesters stormed the palace in June and then signed a deal with Hadi.",
            ["2014-09-21", "2014-06"],
            ["2014-06"],
        ),
    ],
)
def test_a_second_verb_after_a_lead_up_takes_the_first_verbs_day(text, attacks, agreements):
    found = extract(text, "2014-09-22")
    assert [e["date"] for e in of_type(found, "attack")] == attacks
    assert [e["date"] for e in of_type(found, "agreement")] == agreements


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        # a span of fighting before a deal: the fighting stays, of its month
        ("Houthi rebels signed a deal with President Hadi in Sanaa on Sunday after days of fighting.", ["2014-09"]),
        # a noun joined inside the phrase ("and talks") is no second verb: the meeting keeps Sunday
        ("Yemeni officials met in Sanaa on Sunday after days of fighting and talks with the Houthis.", ["2014-09"]),
    ],
)
def test_a_lead_up_to_a_deed_of_another_type_stays(text, attacks):
    assert [e["date"] for e in of_type(extract(text, "2014-09-22"), "attack")] == attacks


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("وتعود الأزمة إلى الحادي والعشرين من سبتمبر الماضي، حين اجتاح الحوثيون صنعاء", "2014-09-21"),
        ("ويعود الخلاف إلى الخامس من يناير الماضي", "2015-01-05"),
        ("في الحادي والعشرين من سبتمبر الماضي", "2014-09-21"),
        # an ordinal after a definite noun is still its adjective
        ("خلال الأسبوع الثاني من شهر شباط", "2015-02"),
    ],
)
def test_an_ordinal_day_after_ila_is_a_day(text, value):
    assert [d.value for d in find_dates(text, "2015-03-26")] == [value]


def test_an_arabic_crisis_told_back_to_an_ordinal_day_dates_its_deeds():
    text = (
        "وتعود الأزمة في اليمن إلى الحادي والعشرين من سبتمبر الماضي، حين اجتاح الحوثيون صنعاء وسيطروا على مؤسسات الدولة."
    )
    assert "2014-09-21" in [e["date"] for e in of_type(extract(text, "2015-03-26"), "attack")]
