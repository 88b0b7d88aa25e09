"""Sanctions agreed on are imposed, in Arabic as in English: no deal is told, and the sanctions
are no plan."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        'كما اتفق قادة الاتحاد الأوروبي ليل الخميس على عقوبات "واسعة" على روسيا تطال القطاعين المالي والطاقة.',
        "واتفق وزراء الخارجية الأوروبيون أمس على عقوبات جديدة على روسيا.",
        "EU leaders agreed sweeping new sanctions on Russia on Thursday.",
    ],
)
def test_sanctions_agreed_on_are_imposed(text: str) -> None:
    found = extract(text, "2022-02-25")
    assert [e["date"] for e in of_type(found, "sanctions")] == ["2022-02-24"], found
    assert not of_type(found, "agreement"), found


def test_sanctions_still_only_threatened_are_no_event() -> None:
    found = extract("وهدد قادة الاتحاد الأوروبي أمس بفرض عقوبات على روسيا.", "2022-02-25")
    assert not of_type(found, "sanctions"), found
