"""Phone calls counted as two (the Arabic dual) or told as separate, with parties
of several countries, are a call with each, one meeting per country; a single call, a meeting of
several leaders, a plain plural of calls from several leaders, and calls with one country stay
one event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


def _country_sets(text: str, published: str) -> list[frozenset[str]]:
    return sorted((frozenset(e["countries"]) for e in of_type(extract(text, published), "meeting")), key=sorted)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # two calls, two callers: one meeting each
        ("تلقى أمير قطر يوم الاثنين اتصالين هاتفيين من الرئيس التركي والرئيس الفرنسي.", "2021-03-10",
         [{"QAT", "FRA"}, {"QAT", "TUR"}]),
        ("وأجرى العاهل الأردني أمس مكالمتين هاتفيتين مع الرئيس المصري وولي العهد السعودي.", "2022-05-04",
         [{"JOR", "EGY"}, {"JOR", "SAU"}]),
        ("بحث الرئيس الجزائري في اتصالين هاتفيين يوم الأحد مع الرئيس التونسي والرئيس الموريتاني الأوضاع في المنطقة.", "2023-01-17",
         [{"DZA", "MRT"}, {"DZA", "TUN"}]),
        ("The emir of Qatar on Monday received two phone calls, from the Turkish president and the French president.", "2021-03-10",
         [{"QAT", "FRA"}, {"QAT", "TUR"}]),
        ("Jordan's King Abdullah held separate telephone calls on Tuesday with the Egyptian president and the Saudi crown prince.",
         "2022-05-04", [{"JOR", "EGY"}, {"JOR", "SAU"}]),
    ],
)
def test_counted_calls_are_one_meeting_each(text, published, expected):
    assert _country_sets(text, published) == sorted((frozenset(x) for x in expected), key=sorted)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # one call of three leaders stays one meeting
        ("تلقى أمير قطر يوم الاثنين اتصالا هاتفيا من الرئيس التركي والرئيس الفرنسي.", "2021-03-10", {"QAT", "TUR", "FRA"}),
        ("The Qatari emir held a phone call on Monday with the Turkish president and the French president.", "2021-03-10",
         {"QAT", "TUR", "FRA"}),
        # a plain plural of calls from several leaders: one round of calls
        ("وتلقى الرئيس التونسي أمس اتصالات تهنئة من الرئيس الجزائري والرئيس الفرنسي.", "2019-10-15", {"TUN", "DZA", "FRA"}),
        ("Jordan's King Abdullah held telephone calls on Tuesday with the Egyptian president and the Saudi crown prince.",
         "2022-05-04", {"JOR", "EGY", "SAU"}),
        ("The emir of Qatar on Monday received phone calls from the Turkish president and the French president.", "2021-03-10",
         {"QAT", "TUR", "FRA"}),
        # a meeting of several leaders stays one
        ("اجتمع قادة مصر والأردن والعراق في بغداد يوم الاثنين.", "2021-03-10", {"EGY", "JOR", "IRQ"}),
        ("The leaders of Egypt, Jordan and Iraq met in Baghdad on Monday.", "2021-03-10", {"EGY", "JOR", "IRQ"}),
        # calls with one country only: one meeting
        ("تلقى أمير قطر يوم الاثنين اتصالين هاتفيين من الرئيس التركي.", "2021-03-10", {"QAT", "TUR"}),
        ("The Qatari emir held phone calls on Monday with the Turkish president.", "2021-03-10", {"QAT", "TUR"}),
    ],
)
def test_one_call_or_meeting_stays_one(text, published, expected):
    assert _country_sets(text, published) == [frozenset(expected)]
