"""Wordings of deeds beside the ones already held, in every form wire copy writes them:
travel bans and asset freezes imposed (sanctions); a second, fresh or 24-hour strike held (a
protest), not a military strike staged; a loan, financing or bailout arrangement reached, its
sum and term between (an agreement; توصل إلى ترتيب, ترتيبات); a person assaulted (an attack),
not verbally."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2023-06-07"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The bloc imposed travel bans and asset freezes on members of Guinea's junta on Monday.", "sanctions"),
        ("Washington imposed asset freezes on three Iranian generals on Monday.", "sanctions"),
        ("Tunisian teachers held a second strike on Tuesday.", "protest"),
        ("Moroccan doctors held another nationwide strike on Tuesday.", "protest"),
        ("Egypt reached a four-year, $3 billion loan arrangement with the IMF in October 2022.", "agreement"),
        ("توصلت مصر إلى ترتيب قرض مع صندوق النقد الدولي في أكتوبر 2022.", "agreement"),
        ("توصلت الحكومة التونسية إلى ترتيبات تمويل مع البنك الدولي في مارس 2021.", "agreement"),
        ("The Swedish ambassador was assaulted outside his home in Baghdad on Monday.", "attack"),
    ],
)
def test_wording_tells_its_deed(text: str, kind: str) -> None:
    assert len(of_type(extract(text, PUB), kind)) >= 1


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Israel staged a fresh strike on Gaza on Friday.", "protest"),
        ("The minister said he was verbally assaulted in Cairo on Monday.", "attack"),
    ],
)
def test_not_that_deed(text: str, kind: str) -> None:
    assert of_type(extract(text, PUB), kind) == []
