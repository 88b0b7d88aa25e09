"""What inspired an event ("inspired by the uprisings in Tunisia and Egypt", "مستلهمة
الانتفاضتين في تونس ومصر") names no party of it and not its place."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2011-03-15"


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        ("وانطلقت الاحتجاجات في المنامة في 14 فبراير، مستلهمة الانتفاضتين في تونس ومصر.", "protest", {"BHR"}),
        ("The protests began in Manama on 14 February, inspired by the uprisings in Tunisia and Egypt.", "protest", {"BHR"}),
        ("Inspired by the revolt in Egypt, thousands of Yemenis marched in Sanaa on Thursday.", "protest", {"YEM"}),
    ],
)
def test_the_inspiration_names_no_party(text, event_type, countries):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert found and all(set(e["countries"]) == countries for e in found)
