"""A deed named with its year after an indefinite article ("Qatar brokered a 2008 deal in Doha
..., sent warplanes over Libya in 2011") is a past deed of that year, kept beside the sentence's
other deeds as "the 2008 deal" is."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

LIST = (
    "Qatar brokered {deal} in Doha that ended an 18-month political standoff in Lebanon, sent warplanes to help "
    "enforce a no-fly zone over Libya in 2011, and last October the emir became the first head of state to visit Gaza."
)


@pytest.mark.parametrize("deal", ["a 2008 deal", "the 2008 deal"])
def test_a_deal_named_with_its_year_is_kept(deal):
    found = extract(LIST.format(deal=deal), "2013-06-25")
    assert [e["date"] for e in of_type(found, "agreement")] == ["2008"]
    assert [e["date"] for e in of_type(found, "deployment")] == ["2011"]
