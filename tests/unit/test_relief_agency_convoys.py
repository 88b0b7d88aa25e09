"""A convoy of the United Nations, its agencies or the Red Cross or Red Crescent that crosses,
enters or arrives (A United Nations convoy crossed into northwest Syria; دخلت قافلة أممية إلى
شمال غرب سوريا) carries relief: aid, as an aid convoy is. Not a peacekeepers' or military convoy,
nor one attacked, blocked or barred."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2023-02-13"


@pytest.mark.parametrize(
    "text",
    [
        "A United Nations convoy crossed into northwest Syria through Bab al-Hawa on Thursday.",
        "A Red Crescent convoy entered the besieged town of Madaya on Thursday.",
        "دخلت يوم الخميس أول قافلة أممية إلى شمال غرب سوريا عبر معبر باب الهوى.",
        "وصلت يوم الخميس قافلة للهلال الأحمر إلى بلدة مضايا المحاصرة في سوريا.",
    ],
)
def test_a_relief_agency_convoy_is_aid(text: str) -> None:
    found = of_type(extract(text, PUB), "aid")
    assert found and found[0]["date"] == "2023-02-09" and "SYR" in found[0]["countries"], found


@pytest.mark.parametrize(
    "text",
    [
        "A U.N. peacekeeping convoy crossed into northern Mali on Thursday.",
        "UN convoys have been blocked from entering Gaza for weeks, the agency said on Thursday.",
        "منعت السلطات قافلة للأمم المتحدة من دخول البلدة يوم الخميس.",
        "تعرضت قافلة عسكرية تابعة للأمم المتحدة لهجوم في شمال مالي يوم الخميس.",
    ],
)
def test_other_convoys_are_no_aid(text: str) -> None:
    assert of_type(extract(text, PUB), "aid") == []
