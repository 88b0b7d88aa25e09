"""An ago phrase with a word of approximation before its count (قبل نحو عشرة أيام، منذ أكثر
من أسبوع، about ten days ago, more than a week ago) names no exact day, only the month it
points back to; and a town wrested by armed forces (انتزاع القوات المدينة، wrested control of
the town) is a capture, while a confession, a right or a title wrested is none."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "covered", "value", "precision"),
    [
        ("وقصفت الطائرات القرية قبل نحو عشرة أيام", "قبل نحو عشرة أيام", "2019-05", "month"),
        ("ووصلت القوات إلى المدينة قبل أكثر من أسبوع", "قبل أكثر من أسبوع", "2019-05", "month"),
        ("وانطلقت المظاهرات منذ ما يزيد على 12 يوما", "منذ ما يزيد على 12 يوما", "2019-05", "month"),
        ("The rebels shelled the village about ten days ago", "about ten days ago", "2019-05", "month"),
        ("Troops reached the town more than a week ago", "more than a week ago", "2019-05", "month"),
        ("Protests began some 12 days ago", "some 12 days ago", "2019-05", "month"),
    ],
)
def test_approximate_ago_keeps_the_month(text: str, covered: str, value: str, precision: str) -> None:
    mentions = find_dates(text, "2019-05-25")
    assert [(m.text, m.value, m.precision) for m in mentions] == [(covered, value, precision)]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("ومنذ انتزاع قوات المعارضة السورية مدينة حماة قبل أكثر من أسبوع، تكررت التهديدات.", "2019-05-25", "2019-05"),
        ("وكانت الفصائل قد انتزعت مدينة سراقب من قوات النظام يوم الأحد.", "2020-03-03", "2020-03-01"),
        ("Syrian rebels wrested control of the city of Aleppo from government troops on Sunday.", "2020-03-03", "2020-03-01"),
        ("Turkish troops wrested the town of Kobani from Kurdish fighters about ten days ago.", "2019-05-25", "2019-05"),
    ],
)
def test_a_wrested_town_is_captured(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "attack")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]



@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("ومنذ انتزاع القوات التركية مدينة عفرين قبل أكثر من أسبوع، تكررت التهديدات.", "2018-03-28", "2018-03-18"),
        ("وقصفت سفن حربية أمريكية بالصواريخ قاعدة جوية سورية قبل نحو أسبوعين.", "2017-04-19", "2017-04-07"),
        ("American warships fired missiles at a Syrian air base about two weeks ago.", "2017-04-19", "2017-04-07"),
        ("Turkish troops wrested the town of Afrin from Kurdish fighters about ten days ago.", "2018-03-28", "2018-03-18"),
    ],
)
def test_an_approximate_time_takes_the_catalogued_day(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "attack")
    assert [(e["date"], e["date_basis"]) for e in found] == [(date, "reference")], [
        (e["trigger"], e["date"], e["date_basis"]) for e in found
    ]
