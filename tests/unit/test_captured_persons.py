"""A capture or a seizure of one person, named or told by a title, is an arrest, not an attack,
in English and in Arabic; a place, a ship, a count of soldiers, or the possessor of the thing
taken stays an attack (events/assemble/captured_persons.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2003-12-14"  # a Sunday


def _types(text: str) -> list[str]:
    return sorted(e["event_type"] for e in extract(text, PUBLISHED))


@pytest.mark.parametrize(
    "text",
    [
        "U.S. forces have captured Saddam Hussein near Tikrit on Saturday.",
        "U.S. forces have captured Iraq's former president near Tikrit on Saturday.",
        "Saddam was captured near Tikrit on Saturday.",
        "The former Iraqi leader was seized without a shot being fired on Saturday in a village near Tikrit.",
        "Syrian troops seized the rebel leader Abu Mohammed near Idlib on Saturday.",
        # the auxiliary of a first passive shared after "and"
        "Saddam was located in a farmhouse cellar and captured by U.S. troops near Tikrit on Saturday.",
        "أسرت القوات الأمريكية صدام حسين قرب تكريت يوم السبت.",
        "أسرت القوات الأمريكية الرئيس العراقي السابق قرب تكريت يوم السبت.",
    ],
)
def test_one_person_captured_is_arrested(text):
    assert _types(text) == ["arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels captured the town of Tikrit on Saturday.",
        "U.S. forces captured Baghdad on April 9.",
        "Baghdad was captured by U.S. forces on April 9.",
        "Tikrit was shelled for weeks and captured by U.S. forces on Saturday.",
        "Saddam was toppled in April and his forces captured Tikrit on Saturday.",
        "Saddam was ousted in April, but his loyalists regrouped in Tikrit and captured on Saturday a police station.",
        "Houthi forces seized the Israeli-linked Galaxy Leader in the Red Sea on Saturday.",
        "Rebels seized the president's palace in Tikrit on Saturday.",
        "U.S. forces captured Saddam's hometown of Tikrit on Saturday.",
        "Hezbollah fighters captured two Israeli soldiers on Saturday.",
        "أسرت قوات حزب الله جنديين إسرائيليين قرب الحدود اللبنانية يوم السبت.",
        "أسرت القوات الأمريكية عشرات المسلحين قرب تكريت يوم السبت.",
    ],
)
def test_a_place_a_ship_or_a_count_stays_an_attack(text):
    assert "arrest" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        # a family, the passive of a list of fates, a heart won: no capture
        "وقالت أسرته إنه غادر تكريت يوم السبت.",
        "وقالت القوات التركية إنها حيدت 3 آلاف مسلح، في إشارة إلى الذين قتلوا أو استسلموا أو أسروا.",
        "أسرت المطربة العراقية قلوب الجمهور في بغداد يوم السبت.",
    ],
)
def test_no_capture_told(text):
    assert _types(text) == []


# a full name the dictionary does not hold, told a person by its apposition
@pytest.mark.parametrize(
    "text",
    [
        "BRUSSELS (Reuters) - Belgian police captured Salah Abdeslam, the prime surviving suspect in the"
        " Paris attacks, in a raid in Molenbeek on Saturday.",
        "WASHINGTON (Reuters) - U.S. special forces captured Ahmed Abu Khattala, a suspected ringleader of the"
        " Benghazi assault, in a secret raid in Libya on Saturday.",
        "DAMASCUS (Reuters) - Syrian troops seized Abu Mohammed Julani, who leads the group, near Idlib on Saturday.",
    ],
)
def test_a_full_name_with_a_person_apposition_is_arrested(text):
    assert "arrest" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "DAMASCUS (Reuters) - Rebels captured Maarat Numan, a town on the main highway, on Saturday.",
        "BAKU (Reuters) - Azerbaijani forces captured Shusha Fortress, the enclave's second-largest town, on Saturday.",
        "DAMASCUS (Reuters) - Rebels captured Jabal Zawiya, the last government stronghold, on Saturday.",
        "DAMASCUS (Reuters) - Rebels captured Abu Duhur Airbase, the largest base in the province, on Saturday.",
        "أسرت القوات الأمريكية عشرات المسلحين قرب تكريت يوم السبت، بينهم قادة في التنظيم.",
    ],
)
def test_a_place_with_its_apposition_stays_an_attack(text):
    assert "arrest" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        # a nickname in quotes inside the full name
        'Mexican marines captured Joaquin "El Chapo" Guzman, the world\'s most wanted drug trafficker, in Mazatlan on Saturday.',
        # an adverb between the auxiliary and the participle
        "Saddam was finally captured by U.S. troops near Tikrit on Saturday.",
    ],
)
def test_a_nickname_or_an_adverb_leaves_the_person_arrested(text):
    assert _types(text) == ["arrest"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the family name of a full name told before, the subject of a passive
        (
            'Mexican marines captured Joaquin "El Chapo" Guzman, the world\'s most wanted drug trafficker, on Saturday. '
            "Guzman was first captured in Guatemala in 1993 and handed over to Mexico.",
            ["arrest", "arrest"],
        ),
        (
            "Police said Abdelhamid Abaaoud, a Belgian militant, had planned the attacks. "
            "Abaaoud was later captured by Belgian police on Saturday.",
            ["arrest"],
        ),
        # a place of the article named before stays an attack
        ("Rebels besieged the city of Kidal for a week. Kidal was captured by the rebels on Saturday.", ["attack"]),
        ("Kurdish fighters massed outside Sinjar on Friday. Sinjar was finally captured on Saturday.", ["attack"]),
        # a name that opens with a word of a place's name, or a preposition opening the sentence
        ("Fighters besieged Camp Bastion for hours. Camp Bastion was briefly seized by Taliban fighters on Saturday.", ["attack"]),
        ("Kurdish fighters held Sheikh Maqsoud for years. Sheikh Maqsoud was captured by Turkish-backed rebels on Saturday.", ["attack"]),
        ("In Marjah, Taliban fighters dug in for weeks. Marjah was captured by U.S. Marines on Saturday.", ["attack"]),
    ],
)
def test_a_family_name_told_before_is_the_person_captured(text, expected):
    assert _types(text) == expected
