"""A seizure told by its noun after a word of time or cause («إثر سيطرة الفصائل على المعبر»)
happened, as one told by its verb does."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def test_a_seizure_told_by_its_noun_after_a_cause_is_an_attack() -> None:
    text = "وأغلقت السلطات الأردنية المعبر إثر سيطرة فصائل المعارضة السورية على الجانب السوري منه في أبريل 2015."
    found = of_type(extract(text, "2018-07-01"), "attack")
    assert [(e["date"], e["trigger"]) for e in found] == [("2015-04", "إثر سيطرة")], found


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # a fight that ended with the taking of the city
        (
            "عقب مواجهات بين القوات الحكومية وقوات الحزام الأمني، والتي انتهت بسيطرة المجلس الانتقالي على المدينة "
            "في العاشر من أغسطس/آب.",
            "2019-11-06",
            "2019-08-10",
        ),
        (
            "The talks followed fighting between government forces and the Security Belt, which ended with the "
            "council's takeover of the city on August 10.",
            "2019-11-06",
            "2019-08-10",
        ),
        # a stretch of time counted back from the seizure, with its own month
        ("وأغلقت السلطات المعبر بعد أيام من سيطرة فصائل المعارضة على الجانب السوري منه في أبريل 2015.", "2015-09-10", "2015-04"),
    ],
)
def test_a_seizure_after_a_stretch_or_ending_a_fight_is_an_attack(text, published, date) -> None:
    assert date in {e["date"] for e in of_type(extract(text, published), "attack")}


@pytest.mark.parametrize(
    "text",
    [
        "أعلنت الشرطة ضبط طنين من المخدرات بعد أسابيع من سيطرة المستثمرين على الشركة.",
        "Police announced the seizure of two tonnes of drugs after the takeover of the company by investors.",
        "انتهت المباراة بسيطرة الفريق على الكرة.",
    ],
)
def test_a_seizure_of_goods_a_company_or_a_ball_is_none(text) -> None:
    assert of_type(extract(text, "2019-11-06"), "attack") == []


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # the recapture of a place told by the Arabic verbal noun and its object, as by "the recapture of"
        ("وأعلنت ألوية العمالقة الجنوبية المدعومة من الإمارات، في العاشر من يناير، استعادة مديريات بيحان الثلاث بالكامل.", "2022-01-18", "2022-01-10"),
        ("وأعلن الجيش اليمني يوم الأحد استعادة مدينة الحزم من الحوثيين.", "2022-01-18", "2022-01-16"),
        ("The UAE-backed Giants Brigades announced on January 10 the recapture of the three Bayhan districts.", "2022-01-18", "2022-01-10"),
    ],
)
def test_the_recapture_of_a_place_told_by_its_noun_is_an_attack(text, published, date) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "attack")] == [date]


@pytest.mark.parametrize(
    "text",
    [
        # a recapture sought or intended, and a city that regains its calm, are no attack
        "وتسعى القوات العراقية إلى استعادة مدينة الموصل من تنظيم داعش.",
        "وأعلن الأكراد عزمهم على استعادة المنطقة من القوات التركية في عفرين.",
        "واستعادت المدينة هدوءها يوم الأحد بعد أيام من الاحتجاجات في البصرة.",
        "Iraqi forces are seeking to recapture the city of Mosul from ISIS.",
        # places taken one after another over years: many deeds, none of one day
        "وتمكن الأسد في السنوات الأخيرة، مدعوما من سلاح الجو الروسي، من استعادة جيوب المعارضة واحدا تلو الآخر.",
        "In recent years Assad, backed by the Russian air force, has managed to recapture opposition pockets one after another.",
    ],
)
def test_a_recapture_sought_or_calm_regained_is_no_attack(text) -> None:
    assert of_type(extract(text, "2022-01-18"), "attack") == []
