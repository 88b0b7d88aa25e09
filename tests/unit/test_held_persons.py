"""A person told as held by the armed forces or at a place of confinement is detained
("Mursi was being held by the military at an undisclosed location"); a detention told in the
past progressive is a state in course when told, not a deed of the day the sentence before
names; and two arrests that name different people held are two arrests, not one told again,
unless one takes up the person held by a pronoun (اعتقاله, his arrest)."""

from __future__ import annotations

import pytest

from tests.unit.test_extraction_support import extract, of_type

PUBLISHED = "2013-07-04"


@pytest.mark.parametrize(
    "text",
    [
        "Egyptian President Mohamed Mursi was being held by the military at an undisclosed location, officials said.",
        "Egyptian President Mohamed Morsi was being held at a Defence Ministry facility, a military official said.",
        "Sudanese President Omar al-Bashir was being held in a safe place, the minister said on Thursday.",
        # a military camp, the presidential palace, the ruler's own guard
        "Burkina Faso's President Roch Kabore was being held at a military camp in the capital, two security sources said on Tuesday.",
        "Niger's President Mohamed Bazoum has been held at the presidential palace in Niamey by members of his own guard since Wednesday.",
        "واحتجز الجيش الرئيس النيجري محمد بازوم في القصر الرئاسي في نيامي يوم الأربعاء.",
    ],
)
def test_a_person_held_by_the_army_or_at_a_place_of_confinement_is_detained(text):
    assert of_type(extract(text, PUBLISHED), "arrest"), text


@pytest.mark.parametrize(
    "text",
    [
        "Talks between Sudanese and Egyptian officials were being held at a facility in Cairo on Wednesday.",
        "Two Egyptian hostages were being held by militants at an undisclosed location in Libya, officials said.",
        # talks or a reception held at a base or a palace, the noun more than two words before
        "Talks between Sudanese and Egyptian officials were being held at a military base in Cairo on Wednesday.",
        "A reception was being held at the presidential palace in Niamey on Wednesday.",
        "وأقيم حفل استقبال في القصر الرئاسي في نيامي يوم الأربعاء.",
    ],
)
def test_talks_or_hostages_held_are_no_detention(text):
    assert not of_type(extract(text, PUBLISHED), "arrest"), text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Troops and armoured vehicles deployed across Cairo on Wednesday, surrounding the Republican Guard"
            " headquarters where Mursi was believed to be staying.\n\n"
            "Mursi was being held by the military at an undisclosed location, Muslim Brotherhood officials said.",
            "2013-07-04",
        ),
    ],
)
def test_a_detention_in_the_past_progressive_is_dated_when_told(text, day):
    arrests = of_type(extract(text, PUBLISHED), "arrest")
    assert [e["date"] for e in arrests] == [day], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Egyptian President Mohamed Mursi was being held by the military at an undisclosed location, officials"
            " said. Security sources said police arrested Saad al-Katatni, head of the Brotherhood's Freedom and"
            " Justice Party, late on Wednesday.",
            2,
        ),
        (
            "احتجزت قوات الأمن المصرية الرئيس محمد مرسي في مكان غير معلوم. واعتقلت الشرطة المصرية القيادي في"
            " جماعة الإخوان المسلمين سعد الكتاتني مساء الأربعاء.",
            2,
        ),
        # the person held taken up by a pronoun: the arrest told before, told again
        (
            "اعتقلت السلطات السعودية الداعية سلمان العودة يوم الثلاثاء الماضي. ونشر ناشطون صورا لرجل الدين السعودي"
            " مع أمير قطر تميم بن حمد، مؤكدين أن هذا سبب اعتقاله.",
            1,
        ),
    ],
)
def test_arrests_of_different_people_are_two_arrests(text, expected):
    assert len(of_type(extract(text, PUBLISHED), "arrest")) == expected, text
