"""Sides agreeing that something is so share a view and make no deal, in English as in Arabic:
"they also agreed that a political solution is ultimately the only way", "agreed with each
other that there was no military solution", «كما اتفقا على أن الحل السياسي هو الطريق الوحيد».
Agreeing that something will be done, or agreeing a deal, is still an agreement."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

ROWS = [
    # (text, published, expected agreement dates)
    ("They also agreed that a political solution is ultimately the only way to end the conflict in Yemen.",
     "2018-03-08", []),
    ("The two leaders agreed with each other that there was no military solution to the conflict in Syria.",
     "2018-03-08", []),
    ("She agreed with the crown prince on the importance of free and open access for trade, and they also "
     "agreed that a political solution is the only way to end the conflict in Yemen.", "2018-03-08", []),
    ("كما اتفقا على أن الحل السياسي هو الطريق الوحيد لإنهاء الصراع في اليمن.", "2018-03-08", []),
    ("واتفق الجانبان على أنه لا حل عسكريا للأزمة في سوريا.", "2018-03-08", []),
    # terms to be carried out, and deals, are still agreements
    ("The two sides agreed that the prisoners will be released in Yemen.", "2018-03-08", ["2018-03-08"]),
    ("Iran and Iraq agreed on Sunday a deal that is worth $1 billion.", "2018-03-08", ["2018-03-04"]),
    ("اتفق الطرفان في اليمن على أن يتم تبادل الأسرى.", "2018-03-08", ["2018-03-08"]),
    # a lease agreed is a deal; a lease named with no agreeing, or a view of it shared, is none
    ("The United States and Djibouti agreed a new 20-year lease for Camp Lemonnier in May 2014.", "2018-03-08", ["2014-05"]),
    ("اتفقت الولايات المتحدة وجيبوتي على عقد إيجار جديد لمعسكر ليمونييه مدته 20 عاما في مايو 2014.", "2018-03-08", ["2014-05"]),
    ("The United States and Djibouti agreed that the lease of Camp Lemonnier was too costly.", "2018-03-08", []),
    ("The lease of Camp Lemonnier in Djibouti runs until 2034.", "2018-03-08", []),
]


@pytest.mark.parametrize(("text", "published", "dates"), ROWS)
def test_english_agreed_views(text: str, published: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, published), "agreement")) == dates
