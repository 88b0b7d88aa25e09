"""A clause that adds a further deed after a past one, opened in Arabic by a comma and كما
("also") and in English by a semicolon or ", and" with "also" a few words in, tells a deed of
its own: both stand, whatever their types."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUB = "2020-10-20"


@pytest.mark.parametrize(
    "text",
    [
        "اعتقلت السلطات الأردنية عشرات الناشطين أمس، كما أصدر الملك عبد الله أمرا بإعفاء وزير الداخلية من منصبه.",
        "Jordanian authorities detained dozens of activists yesterday; King Abdullah also issued an order "
        "dismissing the interior minister.",
        "Jordanian authorities detained dozens of activists yesterday, and also King Abdullah issued an order "
        "dismissing the interior minister.",
    ],
)
def test_both_deeds_stand(text: str) -> None:
    assert {e["event_type"] for e in extract(text, PUB)} == {"arrest", "appointment"}
