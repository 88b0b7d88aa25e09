"""Arabic pronoun-suffixed day words: يومها، ليلتها، يومذاك are "that day", "that night" told
right after a date («استفتاء أجري في 25 مايو الماضي، وشهد يومها اعتداءات على متظاهرين»): the
deed of their clause took place on the day told before. With an ordinal or an adjective after
them they are the noun "its day" (الاحتجاجات في يومها الخامس، يومها الوطني) and date nothing."""

from __future__ import annotations

import pytest

from events.model import Article
from events.pipeline import extract_article
from events.resources import load_resources
from events.temporal import find_dates

PUB = "2005-09-09"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("أجري الاستفتاء في 25 مايو الماضي، وشهد يومها اعتداءات على متظاهرين.", ["2005-05-25", "2005-05-25"]),
        ("دخل الجيش البلدة يوم 3 أغسطس، وقصفها المتمردون ليلتها.", ["2005-08-03", "2005-08-03"]),
        ("وصل الوفد في 2 سبتمبر، واجتمع يومذاك بالرئيس.", ["2005-09-02", "2005-09-02"]),
        # its own day: an ordinal or an adjective after the word
        ("بدأت المظاهرات في 2 سبتمبر، وهي الآن في يومها الخامس.", ["2005-09-02"]),
        ("احتفلت الإمارات في 2 ديسمبر الماضي بيومها الوطني.", ["2004-12-02"]),
        ("احتفلت المدينة في 2 سبتمبر، وفي يومها الوطني زارها الرئيس.", ["2005-09-02"]),
        ("اندلعت الاحتجاجات في 18 مارس. وفي يومها العشرين اعتقلت قوات الأمن عشرات الناشطين.", ["2005-03-18"]),
        ("بدأ الإضراب في 17 مارس. ودخل الإضراب يومه الحادي والعشرين.", ["2005-03-17"]),
        # no date told before it: no day
        ("وشهد يومها اعتداءات على متظاهرين.", []),
    ],
)
def test_that_day_takes_the_date_before(text: str, values: list[str]) -> None:
    assert [d.value for d in find_dates(text, PUB, "ar")] == values


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "وجاءت الانتخابات تطبيقا لتعديل الدستور الذي أقره المصريون في استفتاء أجري في 25 مايو الماضي، "
            "وشهد يومها اعتداءات على متظاهرين تجمعوا أمام نقابة الصحفيين في القاهرة احتجاجا على التعديل.",
            "protest",
            "2005-05-25",
        ),
        (
            "The referendum was held on May 25, and that day police beat protesters outside the journalists' union in Cairo.",
            "protest",
            "2005-05-25",
        ),
    ],
)
def test_deed_of_that_day(text: str, event_type: str, date: str) -> None:
    events = extract_article(Article(id="t", text=text, title="", published=PUB), load_resources())
    assert date in [e.date for e in events if e.event_type == event_type]
