"""The doer of a deed an accusation charges someone with is the accused, never the accuser: "Doha
accused Riyadh of ... closing its land border", "اتهمت الدوحة الرياض بمنع القطريين ... بعد أن
أغلقت" are Saudi Arabia's closure; "Gulen, whom Ankara accuses of orchestrating the coup attempt",
"غولن الذي تتهمه أنقرة بتدبير محاولة الانقلاب" are Gulen's coup attempt, no deed of Turkey."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "doer", "other"),
    [
        (
            "اتهمت الدوحة الرياض بمنع القطريين من أداء فريضة الحج للعام الحالي، بعد أن أغلقت نظاما إلكترونيا"
            " للحصول على التصاريح، بالإضافة إلى إغلاق حدودها البرية بوجه الحجاج.",
            "sanctions",
            "SAU",
            "QAT",
        ),
        (
            "Doha accused Riyadh of preventing Qataris from performing the haj pilgrimage this year, after it shut"
            " down an electronic system for obtaining permits, as well as closing its land border to pilgrims.",
            "sanctions",
            "SAU",
            "QAT",
        ),
        (
            "وأوقفت السلطات صحافيين بتهمة التعاون مع الداعية فتح الله غولن الذي تتهمه أنقرة بتدبير محاولة الانقلاب"
            " في تموز/يوليو 2016.",
            "attack",
            "fethullah_gulen",
            None,
        ),
        (
            "Mongolian authorities on Friday barred a plane from taking off, after a report that a Turk linked to"
            " the preacher Fethullah Gulen, whom Ankara accuses of orchestrating the coup attempt in July 2016, was on board.",
            "attack",
            "fethullah_gulen",
            None,
        ),
        (
            'اتهم محام بارز أمام أعلى هيئة قضائية للأمم المتحدة الجمعة الإمارات العربية المتحدة بأنها تبث "أجواء الخوف"'
            " لدى القطريين المقيمين في أراضيها عبر المقاطعة المستمرة منذ سنة.",
            "sanctions",
            "ARE",
            "QAT",
        ),
        # negative rows: the accused already the doer, and a deed of the accuser told apart
        ("اتهمت إيران إسرائيل بقصف سفارتها في دمشق يوم الاثنين.", "attack", "ISR", None),
        ("اتهمت قطر السعودية بالكذب. وقطعت قطر علاقاتها مع السعودية يوم الاثنين.", "sanctions", "QAT", "SAU"),
        ("Qatar accused Saudi Arabia of lying. Qatar cut ties with Saudi Arabia on Monday.", "sanctions", "QAT", "SAU"),
    ],
)
def test_the_accused_is_the_doer(text, event_type, doer, other):
    found = of_type(extract(text, "2018-08-18"), event_type)
    assert found, found
    assert found[0]["actor1"] == doer, found
    if other is not None:
        assert other in (found[0]["actor2"], *found[0]["countries"]), found
