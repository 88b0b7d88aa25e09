"""A deed of the same type told in a clause of the occasion with a subject of its own (", at which
Bahrain also signed a declaration with Israel", ", where Iranian artillery also shelled villages")
is a second deed, not the first told again, as one after ", and" with its own subject is."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "count"),
    [
        (
            "Israel and the UAE agreed in August to establish ties. The treaty was signed at a White House ceremony "
            "hosted by U.S. President Donald Trump on Sept. 15, at which Bahrain also signed a declaration with Israel.",
            "agreement",
            2,
        ),
        ("Turkish jets struck Kurdish positions in northern Iraq, where Iranian artillery also shelled villages on Sunday.", "attack", 2),
        ("Turkish jets struck Kurdish positions in northern Iraq on Sunday, and Iranian artillery shelled villages.", "attack", 2),
        # the relative word tells where the first deed was done, with no subject of its own: one deed
        ("Turkish jets struck Kurdish positions in the Qandil mountains, where the PKK has its bases, on Sunday.", "attack", 1),
        # (Arabic tells the further deed by كما after the comma)
        ("قصفت المقاتلات التركية مواقع كردية في شمال العراق، كما قصفت المدفعية الإيرانية قرى حدودية يوم الأحد.", "attack", 2),
    ],
)
def test_a_second_deed_of_the_occasion(text, event_type, count):
    found = of_type(extract(text, "2020-10-15"), event_type)
    assert len(found) == count, found
