"""An indefinite Arabic event noun takes its relative clause with no relative word
(«احتجاجات أطاحت بالرئيس»: protests that toppled the president), as the English "protests
that toppled" tells with one: the protest brought about the change of office, and each is an
event of its own (events/assemble/deed_subjects.py). A deed word of a type that does its
outcome itself (an offensive that toppled a leader) still makes no second event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "ref_id", "date"),
    [
        (
            "وشهد الميدان احتجاجات كانون الثاني/يناير 2011 أطاحت بالرئيس الأسبق حسني مبارك.",
            "2018-06-02",
            "mubarak_resigns_2011",
            "2011-02-11",
        ),
        ("وشهد الميدان احتجاجات أطاحت بالرئيس الأسبق حسني مبارك.", "2018-06-02", "mubarak_resigns_2011", "2011-02-11"),
        ("وشهدت تونس احتجاجات أطاحت بالرئيس زين العابدين بن علي.", "2018-06-02", "ben_ali_flees_2011", "2011-01-14"),
        ("وشهدت تونس احتجاجات شعبية أطاحت بالرئيس زين العابدين بن علي.", "2018-06-02", "ben_ali_flees_2011", "2011-01-14"),
        # the English relative pronoun tells the same
        (
            "The square saw protests in January 2011 that toppled President Hosni Mubarak.",
            "2018-06-02",
            "mubarak_resigns_2011",
            "2011-02-11",
        ),
        ("Tunisia saw protests that toppled President Zine El Abidine Ben Ali.", "2018-06-02", "ben_ali_flees_2011", "2011-01-14"),
    ],
)
def test_the_protest_and_the_change_of_office_it_brought_about(text, published, ref_id, date):
    found = extract(text, published)
    assert any(e["event_type"] == "protest" for e in found), found
    ousted = [e for e in found if e["event_type"] == "appointment"]
    assert [(e["reference_id"], e["date"]) for e in ousted] == [(ref_id, date)], found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وشن الجيش هجوما أطاح بقائد التنظيم في الموصل.", "2018-06-02"),
        ("The army launched an offensive that toppled the group's leader in Mosul.", "2018-06-02"),
    ],
)
def test_an_offensive_that_toppled_a_leader_is_one_deed(text, published):
    assert not [e for e in extract(text, published) if e["event_type"] == "appointment"]
