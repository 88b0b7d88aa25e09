"""An attack by an armed group of no state (the Islamic State, al-Qaeda) and a strike on that
group by the side it attacked, told on one day in one country, are two attacks; one attack told
twice, or a strike on the group told twice, stays one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "count"),
    [
        # the group's attack, then the army's strike on the group: two attacks
        (
            "لقي 12 جنديا عراقيا مصرعهم، يوم الثلاثاء، إثر تعرضهم لهجوم من تنظيم داعش في صحراء الأنبار. "
            "وفي غضون ذلك، أسفرت غارات الجيش العراقي عن مقتل 20 من عناصر تنظيم داعش في صحراء الأنبار.",
            "2019-03-13",
            2,
        ),
        (
            "هاجم مسلحو تنظيم القاعدة نقطة تفتيش للجيش اليمني في أبين، ما أسفر عن مقتل ستة جنود. "
            "وشنت مروحيات الجيش اليمني غارات على مخابئ تنظيم القاعدة في المحافظة.",
            "2019-03-13",
            2,
        ),
        (
            "Islamic State fighters attacked a Syrian army post near Palmyra, killing nine soldiers. "
            "Syrian army jets later struck Islamic State positions near the town, killing 15 militants.",
            "2019-03-13",
            2,
        ),
        (
            "Al-Qaeda militants attacked a Yemeni army checkpoint in Abyan, killing six soldiers. "
            "Yemeni army helicopters then struck al-Qaeda hideouts in the province.",
            "2019-03-13",
            2,
        ),
        # one strike on the group told twice: one attack
        (
            "رجحت وزارة الدفاع الروسية، الجمعة، مقتل زعيم تنظيم داعش في غارة روسية. "
            "وقال وزير الدفاع إن الغارة التي قتلته استهدفت تجمعا لقيادات داعش في الرقة بسوريا.",
            "2019-03-15",
            1,
        ),
        # the group's attack told twice: one attack
        (
            "Islamic State fighters attacked a Syrian army post near Palmyra on Tuesday. "
            "The attack killed nine soldiers, the army said.",
            "2019-03-13",
            1,
        ),
    ],
)
def test_attacks_on_stateless_doers(text: str, published: str, count: int) -> None:
    assert len(of_type(extract(text, published), "attack")) == count
