"""A deed in a clause of "after" whose subject is a name of a few words ("Britain broke off
relations with Libya in 1984, after policewoman Yvonne Fletcher was shot dead") is kept beside the
sentence's own deed, of its year, though its word is weaker; not a deed a noun is about ("after a
U.N. report on the raid": the report's time, no raid of that year)."""

from __future__ import annotations

from test_extraction_support import extract, of_type


def test_a_deed_after_a_dated_break_is_of_its_year():
    text = (
        "Britain broke off diplomatic relations with Libya in 1984, after policewoman Yvonne Fletcher was shot dead "
        "by gunfire from the Libyan embassy in London."
    )
    assert [e["date"] for e in of_type(extract(text, "2004-03-25"), "attack")] == ["1984"]


def test_a_deed_a_report_is_about_is_not_dated_by_the_break():
    text = "Ankara expelled Israel's ambassador and froze military cooperation in September 2011 after a U.N. report on the raid."
    assert of_type(extract(text, "2011-09-05"), "attack") == []
