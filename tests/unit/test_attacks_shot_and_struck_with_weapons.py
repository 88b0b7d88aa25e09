"""Attack wordings of wire copy, in English and in Arabic: a person gunned down or killed by
bullets (قتل بالرصاص، أرداه قتيلا), troops firing across a border, fire opened on crowds by
soldiers told in a relative clause of blocking, targets hit with drones or missiles named after
the object (ضرب ... بطائرات مسيرة) or
a missile striking a place told verb first (ضربت صواريخ الحوثيين جازان), an air war launched (حرب جوية), a base or a ship seized with
its name between the verb and the noun. Near misses stay no attack: an accident, sanctions or a
crisis that hit, an air war threatened, a protest against a campaign of shelling."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2015-03-26"  # a Thursday


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a person gunned down, killed by bullets
        ("Mohamed Brahmi was gunned down outside his home in Tunis in July 2013.", "2013-07"),
        ("قتل المعارض التونسي محمد البراهمي بالرصاص أمام منزله في تونس في يوليو 2013.", "2013-07"),
        ("أردى مسلحون محمد البراهمي قتيلا أمام منزله في تونس في يوليو 2013.", "2013-07"),
        # troops firing across a border
        ("Syrian troops fired across the border into a refugee camp near the Turkish town of Kilis on Monday.", "2015-03-23"),
        # targets hit with drones, the weapon after the object
        ("Last month Houthi rebels hit the Shaybah oil facility in Saudi Arabia with drones.", "2015-02"),
        ("ضرب الحوثيون الشهر الماضي منشأة الشيبة النفطية في السعودية بطائرات مسيرة.", "2015-02"),
        # a missile or a shell that struck a place, told verb first in Arabic
        ("ضربت صواريخ الحوثيين مدينة جازان السعودية يوم الأحد.", "2015-03-22"),
        ("أصابت قذيفة منزلا في مدينة حلب السورية يوم الأحد.", "2015-03-22"),
        ("Houthi missiles struck the Saudi city of Jazan on Sunday.", "2015-03-22"),
        # an air war launched
        ("Saudi Arabia launched an air war against the Houthis in Yemen in March.", "2015-03"),
        ("شنت السعودية حربا جوية على الحوثيين في اليمن في مارس.", "2015-03"),
        # a base or a ship seized, its name between verb and noun
        ("Houthi fighters seized the al-Anad air base in Yemen on Wednesday.", "2015-03-25"),
        ("Yemen's Houthi rebels seized the Galaxy Leader, an Israeli-linked cargo ship, in the Red Sea on Wednesday.", "2015-03-25"),
    ],
)
def test_wording_tells_an_attack(text: str, date: str) -> None:
    attacks = of_type(extract(text, PUBLISHED), "attack")
    assert [a["date"] for a in attacks] == [date], text


@pytest.mark.parametrize(
    "text",
    [
        # two killings in one sentence, each with its month: the second, gunned down or killed by
        # bullets, is no weaker word of the first
        "Tunisia was shaken in 2013. Chokri Belaid was shot dead outside his home in Tunis in February 2013, "
        "and Mohamed Brahmi was gunned down in July 2013.",
        "اهتزت تونس عام 2013. وقد اغتيل شكري بلعيد أمام منزله في تونس في فبراير 2013، وقتل محمد البراهمي بالرصاص في يوليو 2013.",
    ],
)
def test_second_shooting_of_a_sentence_is_its_own_attack(text: str) -> None:
    attacks = of_type(extract(text, "2014-10-28"), "attack")
    assert sorted(a["date"] for a in attacks) == ["2013-02", "2013-07"], text


@pytest.mark.parametrize(
    "text",
    [
        # fire opened on crowds by soldiers told in a relative clause of blocking: the cue is the
        # relative clause's, the firing took place
        "In Istanbul, Turkish soldiers who had blocked the Bosphorus Bridge opened fire on crowds late on Friday night.",
        # (the Arabic verb comes first: the cue of its relative clause stands after it)
        "وفي إسطنبول، فتح الجنود الأتراك النار على الحشود بعد أن عرقلوا حركة المرور على جسر البوسفور ليل الجمعة.",
    ],
)
def test_fire_opened_after_a_blocking_relative_is_an_attack(text: str) -> None:
    assert of_type(extract(text, "2016-07-16"), "attack"), text


@pytest.mark.parametrize(
    "text",
    [
        # an accident, a crisis, sanctions: no weapon, no attack
        "قتل 12 شخصا في حادث سير على طريق تونس الاثنين.",
        "The economic crisis hit Lebanon hard with rising prices on Monday.",
        "New sanctions hit Iran's oil exports with a ban on Monday.",
        "ضربت الأزمة الاقتصادية لبنان بقوة الاثنين.",
        "ضرب زلزال مدينة حلب السورية يوم الأحد.",
        # an air war threatened, a blocked attack
        "The United States threatened an air war against Iran on Monday.",
        "هددت الولايات المتحدة الاثنين بشن حرب جوية على إيران.",
        "Turkish troops blocked an attack on the base on Monday.",
        # a protest against a campaign of shelling: the protest's object, no new attack
        "ومن المتوقع خروج مظاهرة في لندن للاحتجاج على حملة القصف التي يشنها التحالف في اليمن.",
    ],
)
def test_near_miss_is_no_attack(text: str) -> None:
    assert not of_type(extract(text, PUBLISHED), "attack"), text


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        # an explosion at a port or a warehouse is an accident unless a word of a bomb tells otherwise,
        # though a street is named nearby
        (
            "French President Emmanuel Macron walked through Beirut's devastated streets on Thursday, two days "
            "after a massive explosion at the city's port killed at least 150 people.",
            0,
        ),
        ("تجول الرئيس الفرنسي ماكرون في شوارع بيروت المدمرة يوم الخميس، بعد يومين من انفجار ضخم في المرفأ أودى بحياة 150 شخصا.", 0),
        # an explosion in a street, a bomb's: an attack
        ("A bomb explosion in a crowded market street in Baghdad killed 20 people on Thursday.", 1),
        ("أسفر انفجار في شارع مزدحم ببغداد عن مقتل 20 شخصا يوم الخميس.", 1),
    ],
)
def test_explosion_at_a_port_is_no_attack(text: str, attacks: int) -> None:
    assert len(of_type(extract(text, "2020-08-07"), "attack")) == attacks, text
