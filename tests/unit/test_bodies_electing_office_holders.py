"""A body that elected someone to an office it fills appointed him: the parliament that elected
a president, the summit that elected the chairman of a commission (انتخب مجلس النواب عون رئيسا،
انتخبت القمة فكي رئيسا للمفوضية). Voters electing a president hold an election."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _types(text: str) -> list[tuple[str, str, str]]:
    return sorted((ev["event_type"], ev["date"], ",".join(sorted(ev["countries"]))) for ev in extract(text, "2017-01-31"))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("وانتخب البرلمان اللبناني أمس ميشال عون رئيسا للجمهورية.", "LBN"),
        ("وانتخبت القمة أمس وزير الخارجية التشادي موسى فكي محمد رئيساً لمفوضية الاتحاد الأفريقي.", "TCD"),
        ("Lebanon's parliament elected Michel Aoun president on Monday.", "LBN"),
        ("The summit on Monday elected Chadian Foreign Minister Moussa Faki Mahamat as chairman of the African Union Commission.", "TCD"),
    ],
)
def test_a_body_electing_an_office_holder_appoints_him(text: str, country: str) -> None:
    assert _types(text) == [("appointment", "2017-01-30", country)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("American voters elected Joe Biden president on Tuesday.", [("election", "2017-01-31", "USA")]),
        ("وانتخب الناخبون المصريون أمس السيسي رئيسا للبلاد.", [("election", "2017-01-30", "EGY")]),
        ("يحكم بوتفليقة الجزائر منذ انتخابه رئيساً في أبريل ١٩٩٩.", [("election", "1999-04", "DZA")]),
        ("Lebanon's parliament failed on Monday to elect a president for the 12th time.", []),
    ],
)
def test_voters_electing_a_president_hold_an_election(text: str, found: list[tuple[str, str, str]]) -> None:
    assert _types(text) == found
