"""A participle of signing after an auxiliary is the passive verb of the event's own clause ("A
deal between Turkey and Russia was signed on Monday"): the day after it dates the deal. Without
the auxiliary, the participle opens a clause describing the noun before it ("ratified the
agreement signed in 2001"), whose date is that noun's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "A deal between Turkey and Russia was signed on Monday.",
        "An agreement between Turkey and Russia was signed in Moscow on Monday.",
        "A memorandum between Egypt and Jordan was signed on Monday.",
    ],
)
def test_a_deal_signed_in_the_passive_takes_the_day_after_it(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2024-10-23"), "agreement")] == ["2024-10-21"]
