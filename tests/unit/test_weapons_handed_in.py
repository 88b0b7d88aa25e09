"""Fighters handing in their own weapons is a surrender of arms, not military aid (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    "text",
    [
        "وأعلن النظام السوري، الأحد، التوصل إلى اتفاق يقضي بخروج مقاتلي جيش الإسلام من دوما إلى جرابلس "
        "وتسليم المقاتلين أسلحتهم الثقيلة والمتوسطة للقوات الحكومية.",
        "وسلم المسلحون أسلحتهم للجيش السوري أمس في درعا.",
    ],
)
def test_weapons_handed_in_are_no_aid(text):
    assert [e for e in extract(text, "2018-04-03") if e["event_type"] == "aid"] == []


@pytest.mark.parametrize(
    "text",
    [
        "وسلمت الولايات المتحدة أسلحة إلى الأكراد في سوريا أمس.",
        "وزودت إيران الحوثيين بصواريخ باليستية العام الماضي.",
    ],
)
def test_weapons_delivered_to_another_are_aid(text):
    assert [e["event_type"] for e in extract(text, "2018-04-03")] == ["aid"]
