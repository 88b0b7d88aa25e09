"""A case or a file referred for investigation is no arrest of a person, in English as in
Arabic: "the case had been referred for investigation", «وأحال النائب العام القضية إلى
التحقيق». A person referred to trial, even in a case named after it, is still one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

ROWS = [
    # (text, published, expected arrest dates)
    ("The ministry also disclosed that the case had been referred for investigation in Yemen.", "2018-08-12", []),
    ("The prosecutor referred the file to prosecutors in Cairo on Sunday.", "2018-08-12", []),
    ("وأحال النائب العام القضية إلى التحقيق في مصر.", "2018-08-12", []),
    ("وكشفت الوزارة أن القضية أحيلت للتحقيق في اليمن.", "2018-08-12", []),
    # persons referred are still arrests
    ("The authorities referred the activist Ahmed Mansour to trial in Abu Dhabi on Sunday.", "2018-08-12",
     ["2018-08-12"]),
    ("Prosecutors referred Ahmed Mansour to trial on Sunday in the case known as the Emirates cell.", "2018-08-12",
     ["2018-08-12"]),
    ("أحالت النيابة الناشط أحمد منصور إلى المحاكمة في القضية المعروفة إعلاميا بخلية الإمارات الأحد.", "2018-08-12",
     ["2018-08-12"]),
]


@pytest.mark.parametrize(("text", "published", "dates"), ROWS)
def test_cases_referred(text: str, published: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, published), "arrest")) == dates
