"""A pledge of aid or of a sum is aid only as the outcome of a gathering of donors:

- made at a conference, a summit or a meeting its sentence names (Donors at a conference in
  Brussels pledged $4 billion; تعهد المانحون في مؤتمر بروكسل بتقديم 4 مليارات دولار), it is aid;
- told alone (Egypt has pledged $500 million for reconstruction; تعهدت قطر بتقديم 500 مليون
  دولار لإعادة الإعمار), it promises a gift still to come: no aid given;
- with its money told as not yet released or paid (but the money has not been released; لكن
  الأموال لم تصرف بعد), it was not given either.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2021-05-21"


@pytest.mark.parametrize(
    "text",
    [
        "Egypt has pledged $500 million for reconstruction.",
        "Under a memorandum signed in 2018, Washington pledged $6.4 billion in assistance to the kingdom over five years.",
        "Donors pledged $11 billion in loans and grants at a conference in Paris last year, but the money has not been released.",
        "تعهدت قطر بتقديم 500 مليون دولار لإعادة إعمار غزة.",
        "تعهد المانحون في مؤتمر باريس بتقديم 11 مليار دولار، لكن الأموال لم تصرف بعد.",
    ],
)
def test_a_pledge_still_to_come_is_no_aid(text: str) -> None:
    found = extract(text, PUB)
    assert of_type(found, "aid") == [], [(e["event_type"], e["trigger"]) for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Donors at a conference in Brussels pledged $4 billion for Syrian refugees.",
        "At a donor conference in Brussels, countries pledged $4 billion in aid for Syria.",
        "تعهد المانحون في مؤتمر بروكسل بتقديم 4 مليارات دولار لدعم السوريين.",
        "وفي مؤتمر المانحين في بروكسل، تعهدت الدول المانحة بتقديم ملياري دولار لسوريا.",
    ],
)
def test_a_pledge_made_at_a_gathering_of_donors_is_aid(text: str) -> None:
    found = extract(text, PUB)
    assert of_type(found, "aid"), [(e["event_type"], e["trigger"]) for e in found]
