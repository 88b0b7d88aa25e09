"""A deed named by a definite noun right after a word of what another deed is over or about
("quit on Jan. 13 in protest over the name deal", "احتجاجا على الغارة الإسرائيلية", "بشأن الحصار") is
the topic of that deed, told as known: the time of the clause before that word is the other
deed's, never the topic's; a time after its word, in its own phrase, may still be its own
(data/assembly.json `topic_dates`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        # the time in the topic's own phrase, not the main clause's "last month"
        (
            "Washington announced new sanctions on Russia last month over the poisoning of a former Russian spy "
            "and his daughter in Britain in March.",
            "2018-09-13",
            "attack",
            "2018-03",
        ),
        # a blockade told as known: the catalog's day, not the day of the summons
        ("واستدعت قطر أمس السفير الكويتي بشأن الحصار المفروض عليها من السعودية والإمارات.", "2017-07-25", "sanctions", "2017-06-05"),
    ],
)
def test_a_topic_takes_its_own_time(text, published, kind, date):
    assert [e["date"] for e in of_type(extract(text, published), kind)] == [date]


@pytest.mark.parametrize(
    ("text", "published", "kind", "not_date"),
    [
        (
            "Tsipras survived a confidence vote last week after his partner, Panos Kammenos, quit on Jan. 13 "
            "in protest over the name deal with Macedonia.",
            "2019-01-25",
            "agreement",
            "2019-01-13",
        ),
        ("وقدم وزير الخارجية الأردني استقالته أمس احتجاجا على الغارة الإسرائيلية على غزة.", "2017-07-25", "attack", "2017-07-24"),
    ],
)
def test_a_topic_takes_no_time_of_the_other_deed(text, published, kind, not_date):
    assert not_date not in [e["date"] for e in of_type(extract(text, published), kind)]


@pytest.mark.parametrize(
    ("text", "published", "kind", "date"),
    [
        # the deed that is over the topic keeps its own day
        ("وقدم وزير الخارجية الأردني استقالته أمس احتجاجا على الغارة الإسرائيلية على غزة.", "2017-07-25", "appointment", "2017-07-24"),
        ("وتظاهر آلاف الفلسطينيين في غزة أمس احتجاجا على الحصار الإسرائيلي على القطاع.", "2017-07-25", "protest", "2017-07-24"),
        # no word of topic before the noun: the clause's day is the deed's own
        ("Greek and Macedonian leaders signed the deal on Sunday.", "2019-01-25", "agreement", "2019-01-20"),
        ("وقع زعيما اليونان ومقدونيا الاتفاق يوم الأحد.", "2019-01-25", "agreement", "2019-01-20"),
    ],
)
def test_other_deeds_keep_their_day(text, published, kind, date):
    assert date in [e["date"] for e in of_type(extract(text, published), kind)]
