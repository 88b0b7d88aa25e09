"""A deployment of one country's own forces, named as its only actors with no doer told
(«ونشرت أمس وحدات من الجيش الكويتي على الحدود الشمالية»), is that state's deed: not the foreign
state's deployment to it told the same day ("The Pentagon said on Saturday it was sending
troops to Kuwait"). Troops told only by where they arrived are still the deployment told
before."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Pentagon said on Saturday it was sending thousands of troops to Kuwait. "
            "The Kuwaiti army deployed units on the northern border on Saturday.",
            [["KWT"], ["USA", "KWT"]],
        ),
        (
            "أعلنت وزارة الدفاع الأمريكية أمس إرسال آلاف الجنود إلى الكويت. ونشرت أمس وحدات من الجيش الكويتي على الحدود الشمالية.",
            [["KWT"], ["USA", "KWT"]],
        ),
        # the troops sent, told again by their arrival
        ("Turkey sent troops to Qatar on Monday. The troops arrived in Doha on Monday.", [["TUR", "QAT"]]),
        ("أرسلت تركيا قوات إلى قطر يوم الاثنين. ووصلت القوات إلى الدوحة يوم الاثنين.", [["TUR", "QAT"]]),
        # the host's army named as where the troops went, not as the forces deployed
        ("أرسلت تركيا قوات إلى قطر يوم الاثنين. وانتشرت القوات في قاعدة للجيش القطري في الدوحة يوم الاثنين.", [["TUR", "QAT"]]),
    ],
)
def test_own_forces_deployed_are_their_state_s_deed(text, expected):
    found = of_type(extract(text, "1994-10-09"), "deployment")
    assert sorted(e["countries"] for e in found) == sorted(expected), found
