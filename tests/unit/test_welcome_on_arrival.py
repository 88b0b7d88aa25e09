"""A welcome on arrival (Arabic "كان في استقبال ...", English "welcomed ... on his arrival")
is the arrival, not talks: no meeting of its own; a foreigner's arrival is his visit, told by
the arrival word (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "وكان في استقبال الرئيس التونسي قيس سعيد رئيس البرلمان وعدد من الوزراء أمام مقر المجلس.",
        "وكان رئيس الحكومة التونسية في استقبال الرئيس قيس سعيد عند بوابة القصر.",
        "Tunisia's prime minister welcomed President Kais Saied on his arrival at the palace gate.",
    ],
)
def test_welcome_on_arrival_is_no_meeting(text: str) -> None:
    found = of_type(extract(text, "2021-03-10"), "meeting")
    assert found == [], [(e["trigger"], e["countries"]) for e in found]

