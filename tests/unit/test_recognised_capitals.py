"""A city recognised as a state's capital ("Trump, who recognized Jerusalem as Israel's capital",
«الذي اعترف بالقدس عاصمة لإسرائيل») is a claim to the city, no tie between states; a state
recognised by another (and an embassy opened in its capital) is one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        ("Trump, who recognized Jerusalem as Israel's capital in December, addressed the event by video.", "2018-05-15", []),
        ("وخاطب ترامب، الذي اعترف بالقدس عاصمة لإسرائيل في ديسمبر، الحفل عبر الفيديو.", "2018-05-15", []),
        ("Washington recognised Jerusalem as the capital of Israel in December 2017, angering Palestinians.", "2018-05-15", []),
        # near misses: a state recognised
        ("Bahrain recognized Israel in September 2020 and later opened an embassy in its capital.", "2021-05-15", ["2020-09"]),
        ("اعترفت البحرين بإسرائيل في سبتمبر 2020 وفتحت لاحقا سفارة في عاصمتها.", "2021-05-15", ["2020-09"]),
    ],
)
def test_a_recognised_capital_is_no_tie(text, published, dates):
    assert [e["date"] for e in of_type(extract(text, published), "relations")] == dates
