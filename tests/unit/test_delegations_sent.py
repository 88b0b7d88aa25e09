"""A state that sends a delegation or an envoy to a place (أرسلت السعودية وفدا عسكريا إلى عدن،
أوفدت مصر وفدا أمنيا إلى غزة, Eritrea sent a delegation to Addis Ababa) makes a visit there; a
letter or a message sent is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "visits"),
    [
        ("أرسلت السعودية أمس وفدا عسكريا إلى اليمن لاحتواء الخلاف بين الحلفاء.", "2018-05-08", [("2018-05-07", "YEM")]),
        ("وأوفدت مصر الأحد وفدا أمنيا رفيعا إلى غزة لبحث التهدئة.", "2018-08-06", [("2018-08-05", "PSE")]),
        (
            "Eritrea responded by sending a delegation, led by its foreign minister, to Addis Ababa in June.",
            "2018-07-10",
            [("2018-06", "ETH")],
        ),
        ("Saudi Arabia sent a military delegation to Yemen on Monday to contain the dispute.", "2018-05-08", [("2018-05-07", "YEM")]),
        # a letter sent is no visit
        ("أرسل الرئيس رسالة إلى نظيره المصري أمس.", "2018-05-08", []),
        ("The president sent a letter to his Egyptian counterpart on Monday.", "2018-05-08", []),
    ],
)
def test_delegations_sent(text: str, published: str, visits: list[tuple[str, str]]) -> None:
    found = of_type(extract(text, published), "visit")
    assert [(e["date"], e["location"]["country"]) for e in found] == visits
