"""An indefinite noun of an agreement followed by a clause of its signing with no relative
pronoun, its verb written without the doubling mark (اتفاق وُقع عام 2009، اتفاق وقع عام
2009), is an agreement of that date, even beside another deed of its sentence that would take
it in, as one with a definite participle (الاتفاقية الموقعة في 2001) or an English one (a deal
signed in 2009) is."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _dates(found: list[dict], event_type: str) -> set[str | None]:
    return {e["date"] for e in of_type(found, event_type)}


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("وكانت قد رُفعت العقوبات عن السودان بموجب اتفاق وُقع عام 2009 مع كينيا.", "2012-03-04", "2009"),
        ("وكانت قد رُفعت العقوبات عن السودان بموجب اتفاق وقع عام 2009 مع كينيا.", "2012-03-04", "2009"),
    ],
)
def test_an_indefinite_agreement_keeps_the_date_of_its_signing_clause(text, published, date):
    assert date in _dates(extract(text, published), "agreement")
