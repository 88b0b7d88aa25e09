"""Missiles or shells that fall on a place, and hostages or captives an armed group executes,
are attacks; a state's execution of convicts is not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "countries"),
    [
        ("بالتزامن مع هذا التقدم سقط صاروخان إسرائيليان قرب مطار دمشق الدولي، بحسب الإعلام الرسمي السوري.", "2018-06-26", {"ISR", "SYR"}),
        ("Two Israeli missiles fell near Damascus international airport on Monday.", "2018-06-26", {"ISR", "SYR"}),
        (
            "أعدم تنظيم الدولة الإسلامية أحد الرهائن الذين خطفهم من محافظة السويداء الشهر الماضي، وفق ما أعلن "
            "المرصد السوري الأحد.",
            "2018-08-05",
            {"SYR"},
        ),
        (
            "The Islamic State group executed a hostage it had abducted from Sweida province, the Observatory said "
            "on Sunday.",
            "2018-08-05",
            {"SYR"},
        ),
    ],
)
def test_the_attack_is_found(text, published, countries):
    found = of_type(extract(text, published), "attack")
    assert found and countries <= set(found[0]["countries"]), extract(text, published)


@pytest.mark.parametrize(
    "text",
    [
        "أعدمت السلطات الإيرانية ثلاثة مدانين بتهريب المخدرات في طهران.",
        "Iran executed three men convicted of drug smuggling in Tehran.",
        "سقط النظام السوري في دمشق بعد سقوط قتلى.",
    ],
)
def test_no_attack(text):
    assert not of_type(extract(text, "2018-08-05"), "attack"), extract(text, "2018-08-05")
