"""A naval force or an escort mission launched ("launched a multinational naval force,
Operation Prosperity Guardian", «أطلقت مهمة بحرية لمرافقة الناقلات») is a deployment, not an
attack, though an operation is named right after it; an operation launched against a side stays
an attack (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

_PUBLISHED = "2023-12-20"


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "The United States launched a multinational naval force, Operation Prosperity Guardian, "
            "on Monday to protect shipping in the Red Sea.",
            {"deployment"},
        ),
        ("The United States launched a multinational naval force on Monday to protect shipping.", {"deployment"}),
        ("France launched an escort mission for tankers in the Strait of Hormuz on Monday.", {"deployment"}),
        ("أطلقت فرنسا يوم الاثنين مهمة بحرية لمرافقة الناقلات في مضيق هرمز.", {"deployment"}),
        # an operation launched against a side is an attack
        ("The coalition launched a naval operation against Houthi boats off Hodeidah on Monday.", {"attack"}),
        ("Israel launched a ground operation in Gaza on Monday.", {"attack"}),
        ("شنت إسرائيل عملية برية في غزة يوم الاثنين.", {"attack"}),
    ],
)
def test_a_naval_force_launched_is_a_deployment(text, types):
    assert {e["event_type"] for e in extract(text, _PUBLISHED)} == types
