"""Missiles or shells that fall on a place, and hostages or captives an armed group executes,
are attacks; a state's execution of convicts is not, nor are missiles fired into the sea, into
waters or an exclusive economic zone, which hit no one."""

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


@pytest.mark.parametrize(
    "text",
    [
        "On Thursday, China fired ballistic missiles into waters around Taiwan for the first time since 1996.",
        "North Korea fired two ballistic missiles into the sea off its east coast on Thursday.",
        "Five of the Chinese missiles landed in Japan's exclusive economic zone on Thursday.",
        "أطلقت بيونغ يانغ صاروخين سقطا في البحر يوم الخميس.",
    ],
)
def test_missiles_fired_into_the_sea_hit_no_one(text):
    assert not of_type(extract(text, "2022-08-05"), "attack"), extract(text, "2022-08-05")


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The Houthis fired a ballistic missile at a tanker in the Red Sea on Thursday.", {"YEM"}),
        ("Two rockets fired from Gaza landed in the sea off Ashkelon on Thursday.", {"ISR"}),
        ("أطلق الحوثيون صاروخا باليستيا على الرياض يوم الخميس.", {"YEM", "SAU"}),
    ],
)
def test_missiles_fired_at_a_target_at_sea_or_on_land_attack(text, countries):
    found = of_type(extract(text, "2022-08-05"), "attack")
    assert found and countries <= set(found[0]["countries"]), extract(text, "2022-08-05")
