"""A year that names a thing ("a 1974 disengagement agreement", «اتفاق فض الاشتباك لعام 1974») sets no
time of the news its sentence tells: a deed told with no time of its own after that sentence goes
on with the day of the news (the lead's, or the one the sentence before names), in English as in
Arabic. A year that dates a deed told there ("signed with Syria in 1974", «الذي وقع عام 1974») is
another time, as before."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.name_years import names_a_thing
from events.temporal import find_dates

_EN_LEAD = "DAMASCUS (Reuters) - Syrian rebels seized control of Damascus on Sunday and declared the end of Assad's rule.\n\n"
_AR_LEAD = "دمشق - سيطرت فصائل المعارضة السورية على العاصمة دمشق يوم الأحد وأعلنت نهاية حكم الرئيس بشار الأسد.\n"
_EN_SAID = "Israeli Prime Minister Benjamin Netanyahu said on Sunday he had ordered troops to take over the buffer zone, saying "
_AR_SAID = "وقال نتنياهو يوم الأحد إنه أمر القوات بالسيطرة على المنطقة العازلة في الجولان، مضيفا أن "


@pytest.mark.parametrize(
    ("text", "published", "event_type", "after", "date"),
    [
        # the lead's day, past a sentence that names only a thing's year beside it
        (
            _EN_LEAD + _EN_SAID + 'a 1974 disengagement agreement with Syria had "collapsed". '
            "Israeli jets also struck weapons depots around Damascus.",
            "2024-12-09",
            "attack",
            "Israeli jets",
            "2024-12-08",
        ),
        (
            _AR_LEAD + _AR_SAID + "اتفاق فض الاشتباك لعام 1974 قد انهار. وقصفت طائرات إسرائيلية مستودعات أسلحة حول دمشق.",
            "2024-12-09",
            "attack",
            "وقصفت",
            "2024-12-08",
        ),
        # the day of the sentence before, past the thing's year it names
        (
            "TEHRAN (Reuters) - Thousands of Iranians protested in Tehran on Tuesday against rising prices.\n\n"
            "On Monday, President Hassan Rouhani flew to Baghdad, saying the 2015 nuclear deal still held. "
            "Iraqi police also arrested dozens of Iranian pilgrims in Karbala.",
            "2019-03-13",
            "arrest",
            "Iraqi police",
            "2019-03-11",
        ),
        # a year that dates a deed told in the sentence before is another time: the publication's day
        (
            _EN_LEAD + _EN_SAID + 'a disengagement agreement signed with Syria in 1974 had "collapsed". '
            "Israeli jets struck weapons depots around Damascus.",
            "2024-12-09",
            "attack",
            "Israeli jets",
            "2024-12-09",
        ),
        (
            _AR_LEAD + _AR_SAID + "اتفاق فض الاشتباك الذي وقع عام 1974 قد انهار. وقصفت طائرات إسرائيلية مستودعات أسلحة حول دمشق.",
            "2024-12-09",
            "attack",
            "وقصفت",
            "2024-12-09",
        ),
    ],
)
def test_a_deed_after_a_named_year_goes_on_with_the_news_day(
    text: str, published: str, event_type: str, after: str, date: str
) -> None:
    at = text.index(after)
    found = [e for e in of_type(extract(text, published), event_type) if e["spans"]["trigger"][0] >= at]
    assert found and {e["date"] for e in found} == {date}


@pytest.mark.parametrize(
    ("text", "year", "names"),
    [
        ("saying a 1974 disengagement agreement had collapsed", "1974", True),
        ("reviving the 2015 nuclear deal", "2015", True),
        ("مضيفا أن اتفاق فض الاشتباك لعام 1974 قد انهار", "1974", True),
        ("في الانتخابات البرلمانية للعام 2018", "2018", True),
        ("an agreement signed with Syria in 1974", "1974", False),
        ("seized power in a 2008 coup", "2008", False),
        ("اتفاق فض الاشتباك الذي وقع عام 1974", "1974", False),
        ("وقعت مصر معاهدة السلام في 1979", "1979", False),
    ],
)
def test_names_a_thing(text: str, year: str, names: bool) -> None:
    mentions = [d for d in find_dates(text, "2024-12-09") if d.value == year]
    assert mentions and names_a_thing(text, mentions[0]) is names
