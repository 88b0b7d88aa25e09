"""Reference precision: a catalogued event is dated as the text dates it. Its own
clause writing the year it took place, with no month or day of that year in its sentence,
dates it to that year ("the army ousted Morsi, an ally of Ankara, in 2013"; "مقاطعة قطر، منذ
العام الماضي": a since-year right after the clause is the year the event began), and so does
a year opening the sentence, set off by a comma ("وفي 2013، وبعد أن أزاح ..."); a year behind
a relative after the event word is the relative clause's. A day right after the catalogued
name, on which the catalog holds another event of its kind, is the text's own date, however
far from the name's (the battle's start, not the recapture the name recalls), and a name in
quotation marks may stand before its day; another deed of the sentence that the catalog
dates through that name takes the name's day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _dates(found: list[dict], event_type: str) -> list[tuple[str, str]]:
    return sorted((e["date"], e["date_basis"]) for e in found if e["event_type"] == event_type)


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        # the year told after an apposition of the object: the text's year
        (
            "Ties broke down when the Egyptian army ousted President Mohamed Morsi, a close ally of Ankara, in 2013.",
            "2023-07-05",
            "appointment",
            [("2013", "explicit")],
        ),
        (
            "وقد عزل الجيش المصري الرئيس محمد مرسي، حليف أنقرة، عام 2013.",
            "2023-07-05",
            "appointment",
            [("2013", "explicit")],
        ),
        # a year behind a word of since, right after the clause: when the boycott began
        (
            "وأعلنت السعودية والإمارات ومصر والبحرين مقاطعة قطر، منذ العام الماضي، بسبب ما تقول إنه دعم الدوحة للإرهاب.",
            "2018-08-12",
            "sanctions",
            [("2017", "relative")],
        ),
        # a year behind a relative is the relative clause's: the catalog's day stays
        (
            "Ties broke down after the ouster of Mohamed Morsi, which Ankara condemned in 2013.",
            "2023-07-05",
            "appointment",
            [("2013-07-03", "reference")],
        ),
        (
            "وتدهورت العلاقات بعد عزل الرئيس محمد مرسي، الذي أدانته أنقرة عام 2013.",
            "2023-07-05",
            "appointment",
            [("2013-07-03", "reference")],
        ),
        # a month of that year told: the month, as before
        (
            "Saudi Arabia, the UAE, Bahrain and Egypt have boycotted Qatar since June 2017.",
            "2018-08-12",
            "sanctions",
            [("2017-06", "explicit")],
        ),
    ],
)
def test_year_told_in_the_clause(text: str, published: str, event_type: str, dates: list[tuple[str, str]]) -> None:
    assert _dates(extract(text, published), event_type) == dates


@pytest.mark.parametrize(
    ("text", "published", "event_type", "dates"),
    [
        # a year that opens the sentence, set off by a comma, holds the catalogued day: the year
        (
            "وفي 2013، وبعد أن أزاح الجيش الرئيس محمد مرسي إثر تظاهرات حاشدة طالبت برحيله، فاز السيسي بالرئاسة.",
            "2018-06-02",
            "protest",
            [("2013", "explicit")],
        ),
        (
            "وفي عام 2017، وبعد أن قطعت السعودية والإمارات ومصر والبحرين علاقاتها مع قطر، أرسلت تركيا قوات إلى الدوحة.",
            "2018-06-02",
            "sanctions",
            [("2017", "explicit")],
        ),
        # an opening year of another time: the catalog's day stays
        ("وفي 2018، وبعد حصار قطر، أرسلت تركيا مزيدا من القوات إلى الدوحة.", "2018-10-02", "sanctions", [("2017-06-05", "reference")]),
        ("In 2018, after the blockade of Qatar, Turkey sent more troops to Doha.", "2018-10-02", "sanctions", [("2017-06-05", "reference")]),
    ],
)
def test_year_opening_the_sentence(text: str, published: str, event_type: str, dates: list[tuple[str, str]]) -> None:
    assert _dates(extract(text, published), event_type) == dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # a day right after a catalogued name, months from its date, on which the catalog holds
        # another event of its kind there: the text's day (the battle's start, not the recapture)
        (
            "وكانت القوات العراقية قد أطلقت عملية استعادة الموصل في 17 أكتوبر 2016 بدعم من التحالف الدولي.",
            "2026-07-11",
            [("2016-10-17", "explicit")],
        ),
        ("Iraqi forces launched the operation for the recapture of Mosul on 17 October 2016.", "2026-07-11", [("2016-10-17", "explicit")]),
        # a day no catalogued event of its kind has: the catalogued name keeps its date
        (
            "وكانت القوات العراقية قد أطلقت عملية استعادة الموصل في 20 نوفمبر 2016 بدعم من التحالف الدولي.",
            "2026-07-11",
            [("2017-07-10", "reference")],
        ),
        # a name in quotation marks, then its day, close to the catalog's: the text's day
        ('وردت تركيا بإطلاق عملية "درع الربيع" في الأول من آذار، مستهدفة مواقع للجيش السوري.', "2020-03-06", [("2020-03-01", "explicit")]),
        ('Turkey launched Operation "Spring Shield" on 1 March, targeting Syrian army positions.', "2020-03-06", [("2020-03-01", "explicit")]),
    ],
)
def test_day_told_after_the_name(text: str, published: str, dates: list[tuple[str, str]]) -> None:
    assert _dates(extract(text, published), "attack") == dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # another deed of the sentence, dated by the catalog through the name the sentence dates:
        # the name's day, and one event
        (
            'وردت تركيا بإطلاق عملية "درع الربيع" في الأول من آذار، استهدفت خلالها بالطائرات المسيرة مواقع لقوات '
            "النظام، وأسقطت طائرتين حربيتين فوق إدلب.",
            "2020-03-06",
            [("2020-03-01", "explicit")],
        ),
        (
            "وكانت القوات العراقية قد أطلقت عملية استعادة الموصل في 17 أكتوبر 2016، بدعم من التحالف الدولي الذي "
            "نفذ آلاف الغارات الجوية على مواقع التنظيم.",
            "2026-07-11",
            [("2016-10-17", "explicit")],
        ),
        (
            'Turkey launched Operation "Spring Shield" on 1 March, striking Syrian army positions with drones, '
            "and shot down two Syrian jets over Idlib.",
            "2020-03-06",
            [("2020-03-01", "explicit")],
        ),
        # the name with no day of its own: the catalog's
        (
            'وردت تركيا بإطلاق عملية "درع الربيع"، استهدفت خلالها بالطائرات المسيرة مواقع لقوات النظام، وأسقطت '
            "طائرتين حربيتين فوق إدلب.",
            "2020-03-06",
            [("2020-02-27", "reference")],
        ),
    ],
)
def test_deed_dated_through_the_name(text: str, published: str, dates: list[tuple[str, str]]) -> None:
    assert _dates(extract(text, published), "attack") == dates
