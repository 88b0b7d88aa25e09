"""A document the text dates in the past is no plan, whatever cue governs it.

A cue of intent ("agreed to revive", "تعهدت بتفعيل") governs what is to be done with a
document, not the document itself: one described by a relative clause of its signing in the
past with no relative word (the English participle or contact clause, "a security cooperation
agreement they signed in 2001"; the Arabic clause right after an indefinite noun, "اتفاقية
وقعتها مع السودان عام 2001"), or named with the year it was made under a decision taken on it
("agreed to revive a 2001 security cooperation agreement", "تعهدت مصر بتفعيل اتفاقية 2001"), was
signed then: an agreement of that year. A forecast ("are expected to revive") is no decision."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

DAY = "2023-03-11"


@pytest.mark.parametrize(
    ("text", "year", "countries"),
    [
        # the English contact clause: no relative word before "they signed"
        ("Riyadh and Tehran agreed to activate a security cooperation agreement they signed in 2001.", "2001", {"SAU", "IRN"}),
        ("Oman agreed to honour a trade agreement it signed in 2015.", "2015", {"OMN"}),
        # a decision taken on a document named with its year
        ("Oman and Iran agreed to revive a 2001 security cooperation agreement, the statement said.", "2001", {"OMN", "IRN"}),
        # the Arabic clause after an indefinite noun, under a cue of intent
        ("وتعهدت مصر بتفعيل اتفاقية وقعتها مع السودان عام 2001.", "2001", {"EGY", "SDN"}),
        ("وتريد مصر تفعيل اتفاقية وقعتها مع السودان عام 2001.", "2001", {"EGY", "SDN"}),
        # a pledge taken on a document named with its year
        ("وتعهدت مصر بتفعيل اتفاقية 2001 مع السودان.", "2001", {"EGY", "SDN"}),
    ],
)
def test_a_document_dated_in_the_past_was_signed(text, year, countries):
    deals = [e for e in of_type(extract(text, DAY), "agreement") if e["date"] == year]
    assert len(deals) == 1
    assert countries <= set(deals[0]["countries"])


@pytest.mark.parametrize(
    "text",
    [
        # a forecast is no decision taken on the document
        "Oman and Iran are expected to revive a 2001 security cooperation agreement, the statement said.",
        # a document still wanted, with no time of its own
        "Iran wants a new security agreement with Oman.",
        # a participle of signing with no year may be wished for too
        "Iran wants a new security agreement signed by Oman and Qatar.",
        "وتسعى مصر إلى توقيع اتفاقية جديدة مع السودان.",
    ],
)
def test_a_document_still_to_come_is_none(text):
    assert of_type(extract(text, DAY), "agreement") == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the agreeing of the day and the pact of its year, both
        ("Egypt and Sudan agreed on Friday to revive a 2001 security cooperation agreement.", ["2001", "2023-03-10"]),
        ("Oman and Iran agreed on Friday to activate the 2001 security agreement.", ["2001", "2023-03-10"]),
    ],
)
def test_the_days_deed_on_a_document_of_a_year_stands_beside_it(text, dates):
    assert sorted(e["date"] for e in of_type(extract(text, DAY), "agreement")) == dates
