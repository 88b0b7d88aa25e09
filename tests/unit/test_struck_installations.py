"""A state or a force that struck a military installation (a radar installation, missile sites,
launchers, a depot, a headquarters; «ضربت إسرائيل منشأة رادار») attacked it, as striking
positions is; a quake that struck near one, or workers who struck at a company's headquarters,
did not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2025-06-24"


@pytest.mark.parametrize(
    "text",
    [
        "Israel then struck a radar installation near Tehran on Tuesday, Israeli media reported.",
        "Israel struck launchers near Tehran on Tuesday.",
        "وضربت إسرائيل منشأة رادار قرب طهران يوم الثلاثاء، بحسب وسائل إعلام إسرائيلية.",
        "وضربت إسرائيل بطاريات دفاع جوي قرب طهران يوم الثلاثاء.",
    ],
)
def test_a_struck_installation_was_attacked(text: str) -> None:
    found = [e for e in of_type(extract(text, PUBLISHED), "attack") if e["date"] == "2025-06-24"]
    assert len(found) == 1 and {"ISR", "IRN"} <= set(found[0]["countries"]), found


@pytest.mark.parametrize(
    "text",
    [
        "A magnitude 6 earthquake struck near the radar installation on Tuesday.",
        "Workers struck at the headquarters of the oil company on Tuesday.",
        "وضرب زلزال منطقة قرب محطة رادار يوم الثلاثاء.",
        "وضربت عاصفة رملية بطاريات الطاقة الشمسية في المدينة يوم الثلاثاء.",
    ],
)
def test_no_attack(text: str) -> None:
    assert of_type(extract(text, PUBLISHED), "attack") == []
