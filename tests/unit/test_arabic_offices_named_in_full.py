"""The verb of appointing with the office after it: a crown prince («عين ... نجله وليا للعهد»), an
emir of a province, and offices given to women by a verb of naming or charging (كلفها رئيسة
للحكومة، اختارها وزيرة) are offices
given, as "appointed his son as crown prince" and "named her prime minister" are in English."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("عين الملك سلمان نجله وليا للعهد، الأربعاء.", "SAU"),
        ("كلف الرئيس التونسي نجلاء بودن رئيسة للحكومة، الأربعاء.", "TUN"),
        ("اختار الرئيس اللبناني نجلاء رياشي وزيرة للتنمية الإدارية، الأربعاء.", "LBN"),
        ("عين العاهل السعودي أحد أبنائه أميرا لمنطقة الرياض، الأربعاء.", "SAU"),
        ("King Salman appointed his son as crown prince on Wednesday.", "SAU"),
    ],
)
def test_an_office_given_by_the_verb_of_appointing(text: str, country: str) -> None:
    found = of_type(extract(text, "2023-06-10"), "appointment")
    assert [(e["date"], country in e["countries"]) for e in found] == [("2023-06-07", True)], found
