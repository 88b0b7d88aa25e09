"""Country names that are also common words (`مالي` "financial", `Chad` a given name): after a
preposition of place, a compass word or a noun of the state in construct they are the country in
any article; elsewhere, and where the common word stands (`الدعم المالي`, `دعم مالي`), they are not."""

from __future__ import annotations

import pytest

from events.places import Gazetteer, find_places, load_gazetteer
from events.text.normalize import fold


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def countries(gazetteer: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(p.country, p.precision) for p in find_places(text, fold(text), gazetteer)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل خمسة جنود في كمين نصبه مسلحون في مالي", [("MLI", "country")]),
        ("توجهت قوة فرنسية إلى مالي الأسبوع الماضي", [("MLI", "country")]),
        ("سقط صاروخ قرب قاعدة عسكرية بمالي", [("MLI", "country")]),
        ("تصاعدت الهجمات المسلحة شمال مالي", [("MLI", "region")]),
        ("أعلنت حكومة مالي حالة الطوارئ", [("MLI", "country")]),
        ("استقبل رئيس مالي وفدا أمميا", [("MLI", "country")]),
        ("وقعت جمهورية مالي اتفاقا أمنيا", [("MLI", "country")]),
        ("Clashes broke out in Chad near the border", [("TCD", "country")]),
        ("Rebels crossed into Chad overnight", [("TCD", "country")]),
        ("Floods displaced thousands in eastern Chad", [("TCD", "region")]),
    ],
)
def test_a_country_cue_makes_the_name_the_country(gazetteer: Gazetteer, text: str, expected: list) -> None:
    assert countries(gazetteer, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "وافق الصندوق على تقديم الدعم المالي للمشروع",
        "يمر القطاع بعجز مالي كبير هذا العام",
        "طالب بدعم مالي عاجل للمزارعين",
        "عين مستشار مالي جديد للشركة",
        "تحسن الوضع المالي للمصارف",
        "Chad Miller scored twice on Sunday",
        "The coach praised Chad after the match",
    ],
)
def test_the_common_word_is_no_country(gazetteer: Gazetteer, text: str) -> None:
    assert countries(gazetteer, text) == []


@pytest.mark.parametrize(
    "text",
    ["رست السفن في خليج غينيا", "Pirates seized a tanker in the Gulf of Guinea"],
)
def test_the_gulf_of_guinea_is_no_country(gazetteer: Gazetteer, text: str) -> None:
    assert countries(gazetteer, text) == []
