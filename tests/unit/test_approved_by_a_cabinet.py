"""A thing approved, endorsed or confirmed by a cabinet or a government is that thing ratified,
as ووافقت الحكومة على الاتفاق tells in Arabic: no appointment of a government; a parliament that
approves a cabinet still appoints it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2023-11-24"


def _types(text: str) -> list[str]:
    return sorted(e["event_type"] for e in extract(text, PUBLISHED))


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # the cabinet's approval of a deal or a truce, in the passive as in the Arabic active, is its ratification
        ("The deal, mediated by Qatar with Egypt and the United States, was approved by Israel's cabinet early on Wednesday.", ["ratification"]),
        ("The truce was endorsed by the Lebanese cabinet on Wednesday.", ["ratification"]),
        ("ووافقت الحكومة الإسرائيلية على الاتفاق فجر الأربعاء.", ["ratification"]),
        # a cabinet approved by a parliament is appointed
        ("Lebanon's parliament approved the new cabinet on Wednesday.", ["appointment"]),
        ("The Libyan parliament endorsed Dbeibah's government on Wednesday.", ["appointment"]),
        ("ومنح البرلمان الليبي الثقة لحكومة الدبيبة يوم الأربعاء.", ["appointment"]),
    ],
)
def test_approved_by_a_cabinet(text, types):
    assert _types(text) == types
