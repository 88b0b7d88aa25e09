"""An abduction of one person, told by a title, a pronoun or as a passive's singular
subject, is an arrest (the detention of a named person, whoever holds him), and the
abductors named after it tell no attack of their own; an abduction of a count of people
stays an attack."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("اختطف مسلحون مجهولون، الاثنين، رئيس بلدية مدينة الزاوية في غرب ليبيا من أمام منزله.", "LBY"),
        ("أعلنت الشرطة العراقية، الثلاثاء، اختطاف الصحفي حسن الربيعي من مكتبه في بغداد.", "IRQ"),
        ("اعترض مسلحون، الخميس، سيارة النائب العراقي حسن الربيعي في بغداد واختطفوه.", "IRQ"),
        # the title indefinite, in the accusative of the verb's object
        ("اختطف مسلحون مجهولون، الاثنين، دبلوماسيا مصريا في طرابلس الليبية.", "LBY"),
        ("اختطف مسلحون، الاثنين، ناشطا عراقيا من منزله في بغداد.", "IRQ"),
        ("Gunmen kidnapped the mayor of Zawiya in western Libya on Monday.", "LBY"),
        ("Gunmen kidnapped an Egyptian diplomat in Tripoli, Libya on Monday.", "LBY"),
        ("Iraqi police said on Tuesday that journalist Hassan al-Rubaie was abducted from his office in Baghdad.", "IRQ"),
        (
            "Hassan al-Rubaie, an Iraqi lawmaker, is a critic of the militias: he was abducted by their fighters "
            "in Baghdad in March 2016.",
            "IRQ",
        ),
    ],
)
def test_an_abducted_person_is_an_arrest(text, country):
    found = extract(text, "2018-06-28")
    arrests = of_type(found, "arrest")
    assert len(arrests) == 1 and country in arrests[0]["countries"], found
    assert not of_type(found, "attack"), found


@pytest.mark.parametrize(
    "text",
    [
        "خطف مسلحون، الأحد، 30 شخصا من قرية في ريف محافظة السويداء السورية. "
        "وفي دمشق، اختطف مسلحون، الاثنين، الصحفي السوري سامر الحلبي من منزله.",
        "Gunmen kidnapped dozens of civilians from a village in Syria's Sweida province on Sunday. "
        "In Damascus, gunmen kidnapped the Syrian journalist Samer al-Halabi on Monday.",
    ],
)
def test_an_abducted_count_stays_an_attack(text):
    found = extract(text, "2018-06-28")
    assert len(of_type(found, "attack")) == 1 and len(of_type(found, "arrest")) == 1, found
