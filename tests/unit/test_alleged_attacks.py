"""An attack called alleged («هجوم كيميائي مفترض», "an alleged chemical attack") is told as
having happened, by a claim: an event. The same word after other event nouns keeps telling
what is supposed to come («الاجتماع المفترض», the meeting due to be held): no event
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("وجاءت الضربات ردا على هجوم كيميائي مفترض في مدينة دوما.", "2018-04-15", "2018-04-07"),
        ("وجاءت الضربات ردا على الهجوم الكيميائي المفترض في مدينة دوما.", "2018-04-15", "2018-04-07"),
        ("قتل عشرة أشخاص في هجوم مفترض بغاز الكلور على بلدة في ريف إدلب يوم الأحد.", "2018-02-06", "2018-02-04"),
        ("The strikes came in response to an alleged chemical attack in Douma.", "2018-04-15", "2018-04-07"),
    ],
)
def test_an_alleged_attack_is_an_event(text: str, published: str, date: str) -> None:
    found = [e for e in extract(text, published) if e["event_type"] == "attack"]
    assert [e["date"] for e in found] == [date], found


@pytest.mark.parametrize(
    "text",
    [
        "ولم يعقد الاجتماع المفترض بين الوزيرين في الرياض.",
        "وناقش الوزيران الاتفاق المفترض بين البلدين.",
        "وتأجلت الزيارة المفترضة للرئيس إلى القاهرة.",
    ],
)
def test_a_supposed_meeting_deal_or_visit_is_no_event(text: str) -> None:
    found = [e for e in extract(text, "2018-04-15") if e["event_type"] in ("meeting", "agreement", "visit")]
    assert not found, found
