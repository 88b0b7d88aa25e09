"""Talks held at a gathering are a meeting, not a visit: talks on the sidelines of a gathering
("على هامش أعمال الجمعية العامة", "on the sidelines of the UN General Assembly"), though held in
one side's city, and talks or consultations that a city or a body hosts ("consultations ...
hosted in Riyadh by the GCC"). The sidelines of a visit are the visit itself; a guest met in a
host's city with no gathering named still visits."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _types(text: str, published: str) -> list[str]:
    return sorted(e["event_type"] for e in extract(text, published))


@pytest.mark.parametrize(
    ("text", "published", "types"),
    [
        # talks on the sidelines of a gathering, in the city of one side
        (
            "وفي نيويورك، بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي جون كيري أمس على هامش "
            "أعمال الجمعية العامة للأمم المتحدة الأوضاع في سوريا.",
            "2015-10-01",
            ["meeting"],
        ),
        (
            "وفي أوساكا، التقى الرئيس الأمريكي دونالد ترامب رئيس الوزراء الياباني شينزو آبي السبت على هامش "
            "قمة مجموعة العشرين.",
            "2019-06-29",
            ["meeting"],
        ),
        (
            "In New York, Russian Foreign Minister Sergei Lavrov met his US counterpart John Kerry on Wednesday "
            "on the sidelines of the UN General Assembly.",
            "2015-10-01",
            ["meeting"],
        ),
        # consultations a city hosts
        (
            "The announcement came at the end of a week of consultations among Yemeni factions hosted in "
            "Riyadh by the Gulf Cooperation Council.",
            "2022-04-07",
            ["meeting"],
        ),
    ],
)
def test_talks_at_a_gathering_are_a_meeting(text, published, types):
    assert _types(text, published) == types


@pytest.mark.parametrize(
    ("text", "published", "types"),
    [
        # guard: a guest met in the host's city, no gathering named, visits
        (
            "In New York, Russian Foreign Minister Sergei Lavrov met his US counterpart John Kerry on Wednesday.",
            "2015-10-01",
            ["visit"],
        ),
        # guard: the sidelines of a visit are the visit
        (
            "وعلى هامش زيارته إلى الدوحة، التقى الرئيس التركي رجب طيب أردوغان أمير قطر الشيخ تميم بن حمد في "
            "الدوحة أمس.",
            "2018-04-07",
            ["visit"],
        ),
        # guard: a city hosting a guest is the guest's visit
        ("Riyadh hosted the Yemeni president on Saturday.", "2022-04-09", ["visit"]),
    ],
)
def test_a_guest_met_with_no_gathering_still_visits(text, published, types):
    assert _types(text, published) == types
