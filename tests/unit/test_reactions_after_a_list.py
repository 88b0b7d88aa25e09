"""An Arabic verb of reaction whose subject, a list of states perhaps, stands between it and
the deal it welcomes points back to the deal told before (data/assembly.json `reacted_objects`,
`ar_between`), as the English verb right before its object does: no new agreement of the
welcoming states."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "اتفقت السعودية وإيران على استئناف العلاقات الدبلوماسية بينهما في بيان صدر في بكين أمس الجمعة. "
        "ورحبت كل من الإمارات وقطر والكويت وعمان والعراق ومصر بالاتفاق.",
        "Saudi Arabia and Iran agreed to restore diplomatic relations in a statement issued in Beijing on Friday. "
        "The UAE, Qatar, Kuwait, Oman, Iraq and Egypt welcomed the agreement.",
    ],
)
def test_a_deal_welcomed_by_a_list_of_states_is_no_deal_of_theirs(text):
    found = extract(text, "2023-03-11")
    assert [e for e in found if "ARE" in e["countries"]] == []
    assert [e for e in found if {"SAU", "IRN"} <= set(e["countries"])]


@pytest.mark.parametrize(
    "text",
    [
        # a deal of the welcoming sides themselves, told with its verb of signing
        "وقعت السعودية وإيران اتفاقا في بكين يوم الجمعة. "
        "ورحبت الإمارات بالوزير القطري في أبوظبي يوم السبت ووقع البلدان اتفاقا للتعاون الاقتصادي.",
    ],
)
def test_a_deal_signed_after_a_welcome_is_still_a_deal(text):
    assert len(of_type(extract(text, "2023-03-12"), "agreement")) == 2
