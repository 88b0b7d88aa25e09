"""A legislature that elects a prime minister or its own speaker fills an office
(«انتخب البرلمان الأرميني باشينيان رئيسا للوزراء», "parliament elected Pashinyan prime
minister"): an appointment, not a popular vote. A later resignation of the one elected, in
the same sentence, is a second change of office. A president elected by parliament, and a
people electing a parliament, stay elections."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2018-05-09"


@pytest.mark.parametrize(
    ("text", "appointments", "elections"),
    [
        ("يريفان - انتخب البرلمان الأرميني، أمس الثلاثاء، زعيم المعارضة نيكول باشينيان رئيسا للوزراء.", ["2018-05-08"], []),
        ("YEREVAN - Armenia's parliament elected opposition leader Nikol Pashinyan prime minister on Tuesday.", ["2018-05-08"], []),
        ("بغداد - انتخب مجلس النواب العراقي محمد الحلبوسي رئيسا للبرلمان أمس.", ["2018-05-08"], []),
        (
            "يريفان - وقد انتخبه البرلمان الأرميني لهذا المنصب في 17 أبريل، لكنه استقال بعد ستة أيام.",
            ["2018-04-17", "2018-04-23"],
            [],
        ),
        (
            "YEREVAN - Armenia's parliament elected Serzh Sargsyan prime minister on April 17, but he resigned six days later.",
            ["2018-04-17", "2018-04-23"],
            [],
        ),
        ("BEIRUT - Lebanon's parliament elected Michel Aoun president on Monday.", [], ["2018-05-07"]),
        ("YEREVAN - Armenians elected a new parliament on Sunday.", [], ["2018-05-06"]),
    ],
)
def test_an_office_filled_by_a_legislature(text: str, appointments: list[str], elections: list[str]) -> None:
    found = extract(text, PUB)
    assert sorted(e["date"] for e in of_type(found, "appointment")) == appointments
    assert sorted(e["date"] for e in of_type(found, "election")) == elections
