"""Aid sent or a trip made, told by a verb in the past whose sentence names no one it went to
and no place but the sender's own country ("Egypt sent relief supplies", "visited the flooded
district", "أرسلت مصر مساعدات"), went to the place the sentences before it tell of, not to the
sender's land; unless that place is the sender's own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind", "sender", "country"),
    [
        (
            "A powerful earthquake struck southern Turkey on Monday, killing hundreds. "
            "Egypt sent two planeloads of relief supplies on Tuesday.",
            "aid",
            "EGY",
            "TUR",
        ),
        (
            "ضرب زلزال قوي جنوب تركيا يوم الاثنين وقتل المئات. وأرسلت مصر يوم الثلاثاء طائرتين محملتين بمواد الإغاثة.",
            "aid",
            "EGY",
            "TUR",
        ),
        (
            "Floods swept through Sukkur in Pakistan last week, leaving thousands homeless. "
            "Jordan's foreign minister visited the flooded district on Sunday.",
            "visit",
            "JOR",
            "PAK",
        ),
        (
            "اجتاحت الفيضانات مدينة سكهر في باكستان الأسبوع الماضي وشردت الآلاف. "
            "وزار وزير الخارجية الأردني المنطقة المنكوبة يوم الأحد.",
            "visit",
            "JOR",
            "PAK",
        ),
        # the place told before is the sender's own: no other ground
        (
            "Floods hit Alexandria in Egypt on Monday, killing dozens. Egypt sent relief supplies on Tuesday.",
            "aid",
            "EGY",
            "EGY",
        ),
    ],
)
def test_sent_with_no_destination_goes_where_the_text_was(text, kind, sender, country):
    events = extract(text, "2023-02-08")
    found = [ev for ev in of_type(events, kind) if sender in ev["countries"]]
    assert found, events
    assert {(ev["location"] or {}).get("country") for ev in found} == {country}, found
