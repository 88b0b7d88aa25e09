"""A catalogued event that talks are about ("بحث ... الأزمة الخليجية") does not displace the talks (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "countries", "date"),
    [
        ("وبحث الرئيس التركي رجب طيب أردوغان هاتفيا مع أمير قطر الأزمة الخليجية أمس.", "2017-06-06", {"TUR", "QAT"}, "2017-06-05"),
        (
            "بحث الرئيس الأمريكي دونالد ترامب مع ولي العهد السعودي محمد بن سلمان الاتفاق النووي الإيراني والأزمة اليمنية.",
            "2018-03-20",
            {"USA", "SAU"},
            "2018-03-20",
        ),
        ("The Turkish president discussed the Gulf crisis with the emir of Qatar by phone yesterday.", "2017-06-06", {"TUR", "QAT"}, "2017-06-05"),
    ],
)
def test_the_talks_are_the_event(text, published, countries, date):
    talks = [e for e in extract(text, published) if e["event_type"] == "meeting"]
    assert len(talks) == 1 and countries <= set(talks[0]["countries"]) and talks[0]["date"] == date, talks
