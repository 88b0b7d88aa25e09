"""A patron named beside a party: a state said to be allied with an armed group or a
government ("الحوثيين المتحالفين مع إيران"), or a nationality adjective set after the name of
a group of another country ("ميليشيات الحوثي الإيرانية"), names the group's backer, not a
side of the deed (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "kept", "dropped"),
    [
        # a party allied with a state: the ally takes no part
        (
            "بدأ التحالف هجومه على مدينة الحديدة يوم الأحد لإضعاف الحوثيين المتحالفين مع إيران.",
            "2018-06-18",
            "attack",
            "YEM",
            "IRN",
        ),
        (
            "قصفت الطائرات مواقع جماعة الحوثي المتحالفة مع إيران في صعدة أمس الأحد.",
            "2018-06-18",
            "attack",
            "YEM",
            "IRN",
        ),
        # a nationality adjective after a group of another country: its patron
        (
            "قتل قيادي في مليشيات الحوثي الإيرانية في غارة جوية لمقاتلات التحالف في صعدة أمس.",
            "2018-06-18",
            "attack",
            "YEM",
            "IRN",
        ),
        (
            "اعترضت الدفاعات الجوية السعودية صاروخا أطلقته مليشيات الحوثي الإيرانية على جازان مساء الأحد.",
            "2018-06-18",
            "attack",
            "YEM",
            "IRN",
        ),
    ],
)
def test_patron_is_no_side(text: str, published: str, event_type: str, kept: str, dropped: str) -> None:
    found = of_type(extract(text, published), event_type)
    assert found, text
    countries = {c for e in found for c in e["countries"]}
    assert kept in countries
    assert dropped not in countries


@pytest.mark.parametrize(
    ("text", "published", "event_type", "country"),
    [
        # a state's own forces, named with its adjective, stay a side
        ("قصفت القوات الإيرانية مواقع للمسلحين قرب الحدود أمس الأحد.", "2018-06-18", "attack", "IRN"),
        ("هاجم الحرس الثوري الإيراني مقرات جماعة كردية في كويسنجق أمس الأحد.", "2018-06-18", "attack", "IRN"),
        # a group with its own country's adjective
        ("أطلق حزب الله اللبناني صواريخ على مواقع إسرائيلية أمس الأحد.", "2018-06-18", "attack", "LBN"),
        # a state allied with another that acts with it is a side when it acts
        ("شنت إيران المتحالفة مع سوريا غارات على مواقع المسلحين أمس الأحد.", "2018-06-18", "attack", "IRN"),
    ],
)
def test_own_forces_stay(text: str, published: str, event_type: str, country: str) -> None:
    found = of_type(extract(text, published), event_type)
    assert found, text
    assert country in {c for e in found for c in e["countries"]}
