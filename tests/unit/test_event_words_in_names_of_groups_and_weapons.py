"""An English event word right before the noun that heads a group's name ("the Libyan Islamic
Fighting Group") or a weapon's ("Advanced Precision Kill Weapon Systems") is part of that name
and tells no deed, as «الجماعة الإسلامية الليبية المقاتلة» tells none; the same word telling a deed
of its own still tells it (real resources). So does a truce that names a line or a village
("the ceasefire line", "the border truce village of Panmunjom", «خط وقف إطلاق النار»، «قرية الهدنة»)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Abdelhakim Belhadj: a Libyan who was emir of the Libyan Islamic Fighting Group and one of the most "
        "prominent members of al Qaeda, and he is currently head of the so-called Islamic Homeland Party.",
        "عبد الحكيم بلحاج: ليبي كان أمير الجماعة الإسلامية الليبية المقاتلة، وأحد أبرز عناصر تنظيم القاعدة، "
        "وهو حاليا رئيس ما يسمى حزب الوطن الإسلامي.",
        'The United States on Monday approved the sale to Qatar of 5,000 laser-guided "Advanced Precision Kill '
        'Weapon Systems" (APKWS), in addition to 5,000 high-explosive warheads.',
        'وافقت الولايات المتحدة، الاثنين، على بيع قطر 5 آلاف من "أنظمة أسلحة القتل الدقيقة المتقدمة" الموجهة بالليزر، '
        "إضافة إلى 5 آلاف رأس حربي شديد الانفجار.",
    ],
)
def test_an_event_word_in_a_name_tells_no_attack(text: str) -> None:
    found = of_type(extract(text, "2018-04-10"), "attack")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Fighting between rival groups erupted in Tripoli on Monday.", "2018-04-09"),
        ("اندلعت اشتباكات بين جماعات متنافسة في طرابلس يوم الاثنين.", "2018-04-09"),
        ("Israeli jets bombed weapons depots near Damascus on Sunday.", "2018-04-08"),
        ("قصفت طائرات إسرائيلية مستودعات أسلحة قرب دمشق يوم الأحد.", "2018-04-08"),
    ],
)
def test_an_event_word_telling_a_deed_still_tells_it(text: str, date: str) -> None:
    found = of_type(extract(text, "2018-04-10"), "attack")
    assert date in [e["date"] for e in found], found


@pytest.mark.parametrize(
    "text",
    [
        "Kim met South Korean President Moon Jae-in in the border truce village of Panmunjom on April 27.",
        "Indian and Pakistani troops exchanged fire across the ceasefire line in Kashmir on Sunday.",
        "تبادلت القوات الهندية والباكستانية إطلاق النار عبر خط وقف إطلاق النار في كشمير يوم الأحد.",
        "التقى الزعيمان في قرية الهدنة بانمونجوم يوم الجمعة.",
    ],
)
def test_a_line_or_a_village_named_by_a_truce_tells_no_truce(text: str) -> None:
    found = of_type(extract(text, "2018-06-12"), "ceasefire")
    assert not found, found


@pytest.mark.parametrize(
    "text",
    [
        "India and Pakistan agreed a ceasefire along the Line of Control on Sunday.",
        "Israel and Hamas agreed a truce on Sunday.",
        "اتفقت الهند وباكستان على وقف إطلاق النار في كشمير يوم الأحد.",
        "أعلنت إسرائيل وحماس هدنة يوم الأحد.",
    ],
)
def test_a_truce_agreed_stays(text: str) -> None:
    assert [e["event_type"] for e in of_type(extract(text, "2018-06-12"), "ceasefire")] == ["ceasefire"]
