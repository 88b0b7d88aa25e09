"""A trip to two destinations in two countries by a visitor of no country (a UN envoy) is a
visit to each, each event taking its destination's country alone ("وزار مبعوث الأمم المتحدة
إلى اليمن مارتن جريفيث صنعاء والسعودية"; "UN envoy Martin Griffiths visited Yemen and Saudi
Arabia"); the place of an envoy's post named in his title ("إلى اليمن", "for Yemen") is no
destination, and a trip to one place stays one visit."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

JUNE = "2018-06-24"


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("وزار مبعوث الأمم المتحدة إلى اليمن مارتن جريفيث صنعاء والسعودية في محاولة للتفاوض.", [["YEM"], ["SAU"]]),
        ("زار المبعوث الأممي غسان سلامة طرابلس والقاهرة الأسبوع الماضي.", [["LBY"], ["EGY"]]),
        ("UN envoy Martin Griffiths visited Yemen and Saudi Arabia last week.", [["YEM"], ["SAU"]]),
        ("The UN envoy for Yemen, Martin Griffiths, visited Sanaa and Saudi Arabia last week.", [["YEM"], ["SAU"]]),
    ],
)
def test_an_envoy_of_no_country_visits_each_destination(text: str, countries: list[list[str]]) -> None:
    visits = of_type(extract(text, JUNE), "visit")
    assert sorted(sorted(v["countries"]) for v in visits) == sorted(countries), text


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("وزار مبعوث الأمم المتحدة إلى اليمن مارتن جريفيث صنعاء أمس.", ["YEM"]),
        ("The UN envoy for Yemen, Martin Griffiths, visited Sanaa on Saturday.", ["YEM"]),
        ("وصل سفير قطر لدى مصر إلى القاهرة أمس.", ["EGY", "QAT"]),
        ("Qatar's ambassador to Egypt arrived in Cairo on Saturday.", ["EGY", "QAT"]),
    ],
)
def test_an_envoys_post_is_no_second_destination(text: str, countries: list[str]) -> None:
    visits = of_type(extract(text, JUNE), "visit")
    assert [sorted(v["countries"]) for v in visits] == [countries], text
