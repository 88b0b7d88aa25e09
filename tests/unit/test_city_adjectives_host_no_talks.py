"""A state's adjective or name that tells which country a city lies in ("the Saudi city of Jeddah",
"the Qatari capital, Doha", "العاصمة المصرية القاهرة", "مدينة جدة السعودية") names no host: talks
two foreign sides held there stay talks, not a visit of one side to a host. A host told as a
side (talks with Qatari officials, a reception by the emir) still makes the visit."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _types(text: str) -> set[str]:
    return {e["event_type"] for e in extract(text, "2023-10-26") if e["event_type"] in ("visit", "meeting")}


@pytest.mark.parametrize(
    "text",
    [
        "Delegations from Sudan's army and the paramilitary Rapid Support Forces resumed negotiations in the Saudi city of Jeddah on Thursday.",
        "Taliban negotiators held talks in the Qatari capital, Doha, on Saturday.",
        "عقد وفدا حركتي فتح وحماس محادثات في العاصمة المصرية القاهرة أمس.",
        "واستأنف وفدا الجيش السوداني وقوات الدعم السريع المفاوضات في مدينة جدة السعودية يوم الخميس.",
    ],
)
def test_talks_in_a_city_named_with_its_country_stay_talks(text: str) -> None:
    assert _types(text) == {"meeting"}, text


@pytest.mark.parametrize(
    "text",
    [
        "Taliban negotiators held talks with Qatari officials in Doha on Saturday.",
        "The Emir of Qatar received the Turkish foreign minister in Doha on Monday.",
        "استقبل أمير قطر الشيخ تميم وزير الخارجية التركي في الدوحة أمس.",
        "وأجرى وفد طالبان محادثات مع مسؤولين قطريين في الدوحة أمس.",
    ],
)
def test_a_host_told_as_a_side_still_makes_the_visit(text: str) -> None:
    assert _types(text) == {"visit"}, text
