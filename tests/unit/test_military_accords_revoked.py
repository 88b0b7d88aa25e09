"""A military, defence or security cooperation agreement revoked, cancelled or scrapped cuts a
tie: a measure against the other state, not a deal."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("وفي منتصف مارس/آذار الماضي، أعلن المجلس العسكري في النيجر إلغاء اتفاق التعاون العسكري مع الولايات المتحدة.", "2024-03"),
        ("In mid-March Niger's junta revoked the military cooperation agreement with the United States.", "2024-03"),
        ("Mali scrapped its defence accords with France in May 2022.", "2022-05"),
        ("وألغت بوركينا فاسو في يناير 2023 اتفاقية الدفاع المشترك مع فرنسا.", "2023-01"),
    ],
)
def test_a_military_accord_revoked_is_a_measure(text: str, date: str) -> None:
    found = extract(text, "2024-04-12")
    assert [e["date"] for e in of_type(found, "sanctions")] == [date], found
    assert not of_type(found, "agreement"), found


@pytest.mark.parametrize(
    "text",
    [
        "The two countries signed a military cooperation agreement in 2020.",
        "ورفض البرلمان أمس مشروع قانون لإلغاء اتفاقية الدفاع مع فرنسا.",
        "The opposition called on the government to scrap the defence pact with France.",
    ],
)
def test_no_measure_when_no_accord_was_revoked(text: str) -> None:
    assert not of_type(extract(text, "2024-04-12"), "sanctions")
