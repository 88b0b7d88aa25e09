"""Support or backing given to an armed group, told only as a charge or in reported speech
with no date of its own ("Iran, accused by Gulf states of backing the Houthis", «اتضح لنا دعم
ومساندة السلطات في الدوحة لميليشيا الحوثي»), names no arms: it stays a claim, no aid event. A
reported supply of arms («بتزويد الحوثيين بأسلحة», "supplying weapons to the Houthis") is
still the news of the publication year (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Iran, accused by Gulf states of backing the Houthis, condemned the strikes.",
        "Gulf states accuse Iran of backing the Houthis.",
        'وأضافت الخارجية أنه "اتضح لنا دعم ومساندة السلطات في الدوحة لميليشيا الحوثي الانقلابية".',
        "وقال المتحدث إن الدوحة تدعم الميليشيات في ليبيا.",
        "وأكد البيان أن دعم ومساندة السلطات في الدوحة لميليشيا الحوثي مستمر منذ سنوات.",
    ],
)
def test_support_told_as_a_charge_is_no_aid(text: str) -> None:
    found = of_type(extract(text, "2019-05-10"), "aid")
    assert not found, found


@pytest.mark.parametrize(
    "text",
    [
        "Gulf states accuse Iran of supplying weapons to the Houthis.",
        "The UN report said Iran had armed the Houthis.",
        "وقال المندوب إن التقاعس سمح لإيران بتزويد الحوثيين بأسلحة متقدمة.",
        "وقال الجنرال إن استمرار إيران في تسليح الحوثيين يطيل أمد الصراع في اليمن.",
    ],
)
def test_a_reported_supply_of_arms_is_still_aid(text: str) -> None:
    found = of_type(extract(text, "2019-05-10"), "aid")
    assert [e["date"] for e in found] == ["2019"], found
