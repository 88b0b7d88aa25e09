"""A body that elected someone to an office it fills held a vote and appointed him: the
parliament that elected a president, the summit that elected the chairman of a commission
(انتخب مجلس النواب عون رئيسا، انتخبت القمة فكي رئيسا للمفوضية) tell an election and a change of
office by the same words (`also` in the trigger lexicon). Voters electing a president, or a
parliament elected, hold an election only."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _types(text: str) -> list[tuple[str, str, str]]:
    found = [ev for ev in extract(text, "2017-01-31") if ev["event_type"] != "meeting"]
    return sorted((ev["event_type"], ev["date"], ",".join(sorted(ev["countries"]))) for ev in found)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("وانتخب البرلمان اللبناني أمس ميشال عون رئيسا للجمهورية.", "LBN"),
        ("وانتخبت القمة أمس وزير الخارجية التشادي موسى فكي محمد رئيساً لمفوضية الاتحاد الأفريقي.", "TCD"),
        ("Lebanon's parliament elected Michel Aoun president on Monday.", "LBN"),
        ("The summit on Monday elected Chadian Foreign Minister Moussa Faki Mahamat as chairman of the African Union Commission.", "TCD"),
        ("Libya's Presidential Council elected Mohamed al-Menfi chairman on Monday.", "LBY"),
        ("وانتخب المجلس الرئاسي الليبي أمس محمد المنفي رئيسا له.", "LBY"),
    ],
)
def test_a_body_electing_an_office_holder_appoints_him(text: str, country: str) -> None:
    assert _types(text) == [("appointment", "2017-01-30", country), ("election", "2017-01-30", country)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("American voters elected Joe Biden president on Tuesday.", [("election", "2017-01-31", "USA")]),
        ("وانتخب الناخبون المصريون أمس السيسي رئيسا للبلاد.", [("election", "2017-01-30", "EGY")]),
        ("Iraqis elected a new parliament on Sunday.", [("election", "2017-01-29", "IRQ")]),
        ("يحكم بوتفليقة الجزائر منذ انتخابه رئيساً في أبريل ١٩٩٩.", [("election", "1999-04", "DZA")]),
        ("Lebanon's parliament failed on Monday to elect a president for the 12th time.", []),
    ],
)
def test_voters_electing_a_president_hold_an_election(text: str, found: list[tuple[str, str, str]]) -> None:
    assert _types(text) == found
