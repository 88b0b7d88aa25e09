"""A deal described right after its noun by an English relative clause with no relative word,
its subject (a pronoun or a name) and a finite verb of concluding ("a deal Ankara struck with
Russia", "the agreements it had concluded with the UAE"), was made, whatever the clause around
the noun asks, plans or denies, as the Arabic verb that carries the noun's pronoun tells
(«بصفقة أبرمتها أنقرة مع روسيا»); a bare participle after the noun ("a deal signed by all
sides") may still be wished for, and a verb that concludes nothing tells no deal."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-05-11"


@pytest.mark.parametrize(
    "text",
    [
        "Relations with America should not be affected by a deal Ankara struck with Russia to buy S-400 missiles.",
        "Qatar will honour the liquefied natural gas agreements it had concluded with the United Arab Emirates.",
        "Egypt wants Ethiopia to respect the accord they signed with Sudan.",
        "لا يجب أن تتأثر العلاقات مع أمريكا بصفقة أبرمتها أنقرة مع روسيا لشراء صواريخ S-400.",
    ],
)
def test_a_deal_told_done_by_its_relative_clause_is_an_agreement(text):
    assert of_type(extract(text, PUBLISHED), "agreement")


@pytest.mark.parametrize(
    "text",
    [
        "Washington wants a deal signed by Russia and Turkey.",
        "Turkey will not accept a deal Russia proposes.",
        "Qatar will honour any agreements it concludes with the United Arab Emirates.",
        "Relations should not be affected by a deal now being negotiated with Russia.",
    ],
)
def test_a_deal_wished_for_or_only_proposed_is_none(text):
    assert of_type(extract(text, PUBLISHED), "agreement") == []
