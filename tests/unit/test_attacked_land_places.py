"""The land an attack is made on ("a raid on southern Israel", "هجوم على جنوب إسرائيل") is
where it took place, before a place of another country its sentence names for something
else ("the war in Gaza"); a name qualifying a noun after it ("strikes on Iran-backed
militias", "an attack on US forces") is no such land."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The war in Gaza was sparked by a Hamas assault on southern Israel on Saturday.", "ISR"),
        ("وكانت الحرب في غزة قد اندلعت إثر هجوم حماس غير المسبوق على جنوب إسرائيل.", "ISR"),
        ("The US carried out strikes on Iran-backed militias in Iraq on Friday.", "IRQ"),
        ("Militants launched an attack on US forces in Syria on Friday.", "SYR"),
    ],
)
def test_the_land_attacked_is_the_place(text, country):
    found = of_type(extract(text, "2023-10-10"), "attack")
    assert found, extract(text, "2023-10-10")
    assert {(ev["location"] or {}).get("country") for ev in found} == {country}, found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("وقال الجيش المالي إنه استعاد السيطرة على بلدة كونا بدعم فرنسي بعد معارك عنيفة أمس.", "MLI"),
        ("وشن الجيش السوري بدعم من روسيا هجوما على البلدة أمس.", "SYR"),
        ("The Iraqi army, backed by the United States, launched an offensive on Monday.", "IRQ"),
        # a side the deed fell on is still where
        ("وقصفت القوات التركية بدعم من فصائل مسلحة مواقع سورية أمس.", "SYR"),
        # a state that asked for the deed, or helped with it, is often where it fell
        ("Russian warplanes struck rebel positions on Monday at the request of the Syrian government.", "SYR"),
        ("French troops, at the request of Mali, attacked jihadist positions on Friday.", "MLI"),
        ("وقصفت الطائرات الأمريكية مواقع تنظيم الدولة الإسلامية أمس بطلب من العراق.", "IRQ"),
        ("A U.S. drone strike, carried out with the help of Yemeni intelligence, killed an al Qaeda leader on Monday.", "YEM"),
    ],
)
def test_a_backer_is_not_where_the_deed_fell(text, country):
    found = of_type(extract(text, "2013-01-12"), "attack")
    assert found, extract(text, "2013-01-12")
    assert {(ev["location"] or {}).get("country") for ev in found} == {country}, found
