"""A clause of result set off by a comma after the main clause (", cementing a deal",
", cutting off supplies", "، ليعزز اتفاق التعاون", "، مما يعزز اتفاق الدفاع") tells what the
main clause's deed brought about: the deed of the main clause is still the sentence's own
event, and a word of another type in the clause of result does not displace it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        ("A Qatari delegation landed in Baghdad on Monday, cementing a deal to restore trade between the two countries.", "2021-03-10", "visit", "2021-03-08"),
        ("Two aid workers were killed near Kismayo on Friday, cutting off supplies to thousands of families.", "2021-03-10", "attack", "2021-03-05"),
        ("وصل وفد قطري إلى بغداد يوم الاثنين، ليعزز اتفاق التعاون التجاري بين البلدين.", "2021-03-10", "visit", "2021-03-08"),
        ("وصل وزير الخارجية التركي إلى الدوحة يوم الأحد، مما يعزز اتفاق الدفاع بين البلدين.", "2021-03-10", "visit", "2021-03-07"),
    ],
)
def test_the_main_clause_deed_is_kept(text: str, published: str, event_type: str, date: str) -> None:
    events = extract(text, published)
    found = of_type(events, event_type)
    assert [e["date"] for e in found] == [date], [(e["event_type"], e["trigger"], e["date"]) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "A Qatari delegation landed in Baghdad on Monday, cementing a deal to restore trade between the two countries.",
        "وصل وفد قطري إلى بغداد يوم الاثنين، ليعزز اتفاق التعاون التجاري بين البلدين.",
    ],
)
def test_a_deal_the_arrival_cements_is_no_deal_of_that_day(text: str) -> None:
    events = extract(text, "2021-03-10")
    assert not of_type(events, "agreement"), [(e["event_type"], e["trigger"], e["date"]) for e in events]


@pytest.mark.parametrize(
    ("text", "types"),
    [
        (
            "Switzerland hosted secret talks between Washington and Tehran in 2014 that paved the way for the nuclear agreement reached a year later.",
            {"meeting", "agreement"},
        ),
        (
            "استضافت الكويت في 2019 محادثات سرية بين السعودية وقطر أفضت إلى اتفاق المصالحة الموقع في يناير 2021.",
            {"meeting", "agreement"},
        ),
    ],
)
def test_a_deed_and_the_one_it_led_to_both_took_place(text: str, types: set[str]) -> None:
    events = extract(text, "2021-03-10")
    assert types <= {e["event_type"] for e in events}, [(e["event_type"], e["trigger"], e["date"]) for e in events]
