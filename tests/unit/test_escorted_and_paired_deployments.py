"""Warships escorting a vessel sent somewhere («أرسلت سفينة المسح "عروج ريس" ترافقها سفن حربية
إلى منطقة بحرية») are deployed there; so are fighter jets and warships counted in pairs
(أرسلت مقاتلتين من طراز رافال إلى جزيرة كريت وسفينتين حربيتين). A maritime boundary's
delimitation (اتفاقية تعيين المنطقة الاقتصادية الخالصة) names no appointment."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2020-08-19"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "القاهرة - أرسلت تركيا في العاشر من أغسطس سفينة المسح السيزمي \"عروج ريس\" ترافقها سفن حربية إلى منطقة بحرية تطالب بها اليونان.",
            "2020-08-10",
        ),
        ("القاهرة - وأرسلت فرنسا الأسبوع الماضي مقاتلتين من طراز رافال إلى جزيرة كريت اليونانية.", "2020-08"),
        ("القاهرة - وأرسلت فرنسا الأسبوع الماضي سفينتين حربيتين إلى شرق المتوسط قرب اليونان.", "2020-08"),
    ],
)
def test_escorts_and_pairs_of_warships_are_deployed(text: str, value: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "deployment")] == [value]


def test_a_delimitation_is_no_appointment() -> None:
    text = "القاهرة - وافق مجلس النواب المصري أمس الثلاثاء على اتفاقية تعيين المنطقة الاقتصادية الخالصة بين مصر واليونان."
    found = extract(text, PUB)
    assert of_type(found, "ratification") and not of_type(found, "appointment")


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("بكين - وكانت سفن تقل عسكريين صينيين قد أبحرت في 11 يوليو من ميناء تشانجيانغ في جنوب الصين متجهة إلى جيبوتي.", "2017-08-02", "2017-07-11"),
        ("DJIBOUTI - Ships carrying Chinese troops sailed from Zhanjiang in China for Djibouti on July 11.", "2017-08-02", "2017-07-11"),
        ("بكين - وأرسلت الصين أول مجموعة من سفنها الحربية إلى خليج عدن قبالة الصومال في ديسمبر 2008.", "2017-08-02", "2008-12"),
        ("DJIBOUTI - Japan's base in Djibouti, opened in 2011, is its first overseas since World War Two.", "2017-08-02", "2011"),
    ],
)
def test_troops_carried_warships_owned_and_bases_opened_are_deployed(text: str, published: str, value: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "deployment")] == [value]


def test_ships_carrying_refugees_are_no_deployment() -> None:
    text = "ATHENS - Ships carrying troops and refugees from Syria reached Greece on Monday, evacuated from the coast."
    assert not of_type(extract(text, PUB), "deployment")
