"""A deed named again by a definite noun in a clause that names no side («واندلعت المواجهات في 29
سبتمبر، غداة الزيارة التي قام بها أرييل شارون ...», "The clashes erupted on Sept. 29, a day after
a visit by Ariel Sharon ...") is the deed of its type told before, between the same sides, though
the names of its sentence belong to another clause; with no such deed told before it names no
side and is left out."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2000-10-18"
_VISIT_AR = (
    "واندلعت المواجهات في 29 سبتمبر (أيلول) الماضي، غداة الزيارة التي قام بها زعيم حزب ليكود أرييل شارون إلى "
    "باحات المسجد الأقصى في القدس، وسقط فيها أكثر من مئة قتيل، معظمهم من الفلسطينيين."
)
_VISIT_EN = (
    "The clashes erupted on Sept. 29, a day after a visit by Likud leader Ariel Sharon to the Al-Aqsa mosque "
    "compound in Jerusalem, and more than 100 people, most of them Palestinians, have been killed since."
)


@pytest.mark.parametrize(
    "text",
    [
        "أصيب عشرات الفلسطينيين أمس برصاص الجيش الإسرائيلي في مواجهات في الضفة الغربية. " + _VISIT_AR,
        "Dozens of Palestinians were wounded by Israeli army fire in clashes in the West Bank on Tuesday. " + _VISIT_EN,
    ],
)
def test_a_definite_deed_takes_the_sides_of_the_one_told_before(text):
    found = [e for e in of_type(extract(text, PUB), "attack") if e["date"] == "2000-09-29"]
    assert len(found) == 1, found
    assert "PSE" in found[0]["countries"]


def test_with_no_deed_of_its_type_told_before_it_names_no_side():
    assert of_type(extract(_VISIT_AR, PUB), "attack") == []


def test_the_sides_told_before_are_not_taken_when_the_sentence_names_only_other_states():
    text = (
        "أصيب عشرات الفلسطينيين أمس برصاص الجيش الإسرائيلي في مواجهات في الضفة الغربية. "
        "واندلعت المواجهات في 26 أكتوبر، غداة الانقلاب الذي نفذه قائد الجيش السوداني عبد الفتاح البرهان."
    )
    assert "2021-10-26" not in [e["date"] for e in of_type(extract(text, "2021-11-02"), "attack")]

