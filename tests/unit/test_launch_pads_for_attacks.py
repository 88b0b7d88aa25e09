"""A territory used as a launch pad for attacks is no attack launched, in English and in Arabic
(a launch pad for attacks on neighbouring countries, منصة لشن هجمات على الدول المجاورة); the
deed told later in the sentence keeps its own date, and attacks launched stay attacks."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2008-11-27"  # a Thursday


def _attacks(text: str) -> list[str]:
    return sorted(e["date"] for e in extract(text, PUBLISHED) if e["event_type"] == "attack")


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("The pact bars the use of Iraqi territory as a launch pad for attacks on neighbouring countries.", []),
        ("ويحظر الاتفاق استخدام الأراضي العراقية منصة لشن هجمات على الدول المجاورة.", []),
        (
            "The pact bars the use of Iraqi territory as a launch pad for attacks on neighbouring countries, a clause "
            "Baghdad insisted on after U.S. troops raided a village near Abu Kamal in Syria on October 26.",
            ["2008-10-26"],
        ),
        ("Militants launched attacks on the army near Mosul on Monday.", ["2008-11-24"]),
        ("شن مسلحون هجمات على الجيش قرب الموصل يوم الاثنين.", ["2008-11-24"]),
    ],
)
def test_launch_pads(text, dates):
    assert _attacks(text) == dates
