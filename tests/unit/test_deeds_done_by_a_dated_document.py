"""A deed done by a document (a law, a decree, a resolution) takes the document's own date: the
date of the participle of its issuing when the document is the subject named right after an
Arabic verb ("إذ فرض قانون مقاطعة إسرائيل الصادر عام 1957 حظرا"), and the day of its adoption
when the deed stands in an English relative clause about the document adopted ("adopted
resolution 1973 on Thursday, which tightened sanctions") (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "The U.N. Security Council on Thursday adopted resolution 1973, which tightened sanctions on Gaddafi's government.",
            "2011-03-20",
            "sanctions",
            "2011-03-17",
        ),
        (
            "The European Union on Monday adopted a package which imposed sanctions on Russia's banks.",
            "2015-07-23",
            "sanctions",
            "2015-07-20",
        ),
        ("إذ فرض قانون مقاطعة إسرائيل الصادر عام 1957 حظرا شاملا على التعامل معها.", "2023-08-28", "sanctions", "1957"),
        ("وفرض مرسوم الطوارئ الأميري الصادر في يونيو 2017 عقوبات على قطر.", "2018-03-01", "sanctions", "2017-06"),
    ],
)
def test_a_deed_done_by_a_document_takes_its_date(text, published, event_type, date) -> None:
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == [date]
