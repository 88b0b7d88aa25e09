"""Curbs a state puts on its own internet service are no sanctions; a man killed by the bullets
of rioters, as by those of gunmen, was attacked."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words, extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "طهران - امتدت الاحتجاجات في إيران أمس السبت، فيما فرضت السلطات قيوداً شبه كاملة على خدمة الإنترنت.",
        "Protests spread across Iran on Saturday as the authorities imposed near-total restrictions on internet access.",
    ],
)
def test_internet_curbs_are_no_sanctions(text: str) -> None:
    assert not of_type(extract(text, "2019-11-17"), "sanctions")


def test_sanctions_are_still_sanctions() -> None:
    assert of_type(extract("فرضت الولايات المتحدة أمس عقوبات جديدة على إيران.", "2019-11-17"), "sanctions")


def test_killed_by_the_bullets_of_rioters() -> None:
    assert "قُتل" in asserted_words("وذكرت وسائل إعلام أن شرطياً قُتل برصاص مثيري الشغب في كرمانشاه.", "attack")
    found = extract("وذكرت وسائل إعلام إيرانية أن شرطياً قُتل برصاص مثيري الشغب في مدينة كرمانشاه مساء السبت.", "2019-11-17")
    assert [e["date"] for e in of_type(found, "attack")] == ["2019-11-16"], found
