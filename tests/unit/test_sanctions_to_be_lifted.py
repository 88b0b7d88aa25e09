"""A bare noun of sanctions with a word of lifting after it ("sanctions imposed by the U.S. and
the EU will be lifted once ...", "limited sanctions relief") names the measures in force that a deal or a
plan would lift: no new measure, no sanctions event. The Arabic definite noun of such a
sentence was read so already (`known_sanctions`); its rows guard that both agree. Sanctions told
before a passive of their lifting ("the main sanctions were lifted in January 2016", قد تم رفعها)
were lifted then, not imposed."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Under the deal, U.N., U.S. and EU sanctions would be lifted once the International Atomic "
            "Energy Agency verifies that Iran has met its commitments.",
            "2015-07-15",
        ),
        (
            "Under the accord, sanctions imposed by the United States, the European Union and the United Nations "
            "will be lifted only once the International Atomic Energy Agency confirms that Iran has met its commitments.",
            "2015-07-14",
        ),
        ("Under the agreement, Iran froze parts of its programme in return for limited sanctions relief.", "2015-07-14"),
    ],
)
def test_sanctions_a_deal_lifts_are_no_event(text, published):
    found = extract(text, published)
    assert [e for e in found if e["event_type"] == "sanctions"] == [], found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("وقال المسؤول الأمريكي إن العقوبات على إيران سترفع بمجرد أن تفي طهران بالتزاماتها.", "2015-07-14"),
        ("وجمدت إيران أجزاء من برنامجها مقابل تخفيف محدود للعقوبات.", "2015-07-14"),
    ],
)
def test_the_arabic_reading_agrees(text, published):
    found = extract(text, published)
    assert [e for e in found if e["event_type"] == "sanctions"] == [], found


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("The United States imposed new sanctions on Iran on Tuesday.", "2015-07-15", "2015-07-14"),
        ("فرضت واشنطن عقوبات جديدة على إيران يوم الثلاثاء.", "2015-07-15", "2015-07-14"),
    ],
)
def test_new_sanctions_stay(text, published, date):
    found = extract(text, published)
    assert [e["date"] for e in found if e["event_type"] == "sanctions"] == [date], found


@pytest.mark.parametrize(
    "text",
    [
        "Iran's parliament approved it in October of that year, and the main sanctions were lifted in January 2016 "
        "once the U.N. nuclear watchdog confirmed Tehran had curbed its programme.",
        "U.S. sanctions on Iran were lifted in January 2016.",
        "وكانت العقوبات على إيران قد تم رفعها في يناير 2016.",
        "وكانت العقوبات على إيران قد رفعت في يناير 2016.",
    ],
)
def test_sanctions_told_lifted_by_a_passive_are_no_event(text):
    found = extract(text, "2018-11-05")
    assert [e for e in found if e["event_type"] == "sanctions"] == [], found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # imposed told between the noun and its lifting: the imposing stays
        (
            "A blockade of oil facilities imposed by Haftar's allies in Libya in January was lifted last month, "
            "allowing production to recover.",
            "2018-01",
        ),
        ("Sanctions on Iran were imposed in January 2016.", "2016-01"),
        ("وكانت واشنطن قد فرضت عقوبات على إيران في يناير 2016.", "2016-01"),
    ],
)
def test_sanctions_imposed_before_a_lifting_stay(text, date):
    found = extract(text, "2018-11-05")
    assert [e["date"] for e in found if e["event_type"] == "sanctions"] == [date], found
