"""Security forces that clear, break up or disperse a sit-in, a protest camp or protesters with
deaths told beside it attack them; a dispersal told with no casualty, even by force, is the
protest acted on, no attack."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2013-08-20"


@pytest.mark.parametrize(
    ("forced", "plain", "date"),
    [
        (
            "واعتصم آلاف المحتجين في ساحة بالقاهرة، قبل أن تفض قوات الأمن المصرية اعتصامهم في 14 أغسطس، ما أسفر عن مقتل العشرات.",
            "واعتصم آلاف المحتجين في ساحة بالقاهرة، قبل أن تفض قوات الأمن المصرية اعتصامهم بالقوة في 14 أغسطس.",
            "2013-08-14",
        ),
        (
            "Four people died when police cleared the protest camp in Cairo on 14 August.",
            "Police cleared the protest camp in Cairo on 14 August.",
            "2013-08-14",
        ),
    ],
)
def test_a_sit_in_cleared_by_force_is_an_attack(forced, plain, date):
    assert [e["date"] for e in of_type(extract(forced, PUBLISHED), "attack")] == [date]
    assert of_type(extract(plain, PUBLISHED), "attack") == []
