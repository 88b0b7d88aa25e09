"""A weekday that is part of a feast's or a day's name (Palm Sunday, Good Friday, Bloody
Sunday; «الجمعة العظيمة»، «الأحد الدامي») told with a month or a year after it ("on Palm Sunday in
April") names the feast of that time, no day of the week before the publication; told alone it is
the last such day, as fresh news of the feast tells it. A weekday with no such word stays a day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates

PUB = "2017-11-25"  # a Saturday


def _values(text: str) -> list[str | None]:
    language = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    return [m.value for m in find_dates(text, PUB, language)]


@pytest.mark.parametrize(
    "text",
    [
        "Militants bombed two churches on Palm Sunday in April, killing 45 people.",
        "Soldiers shot dead 14 civilians on Bloody Sunday in 1972.",
        "فجر مسلحون كنيستين يوم الجمعة العظيمة من أبريل.",
    ],
)
def test_a_feast_of_a_month_told_gives_no_weekday(text: str) -> None:
    assert all(len(v or "") != 10 for v in _values(text))


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        # fresh news of the feast: the last such day
        ("Israeli police clashed with Palestinians at Al-Aqsa mosque on Good Friday, injuring 150 people.", "2022-04-16", "2022-04-15"),
        ("اشتبكت الشرطة الإسرائيلية مع المصلين في الأقصى يوم الجمعة العظيمة.", "2022-04-16", "2022-04-15"),
        ("Security forces killed 30 protesters in Khartoum on what activists called Bloody Monday.", "2019-06-04", "2019-06-03"),
    ],
)
def test_a_feast_told_alone_is_the_last_such_day(text: str, published: str, value: str) -> None:
    language = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    assert value in [m.value for m in find_dates(text, published, language)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Militants bombed two churches on Sunday, killing 45 people.", "2017-11-19"),
        ("It was a good Friday for the markets. Militants bombed a church on Friday.", "2017-11-24"),
        ("فجر مسلحون كنيستين يوم الجمعة.", "2017-11-24"),
        ("قتل الجنود أربعة عشر مدنيا يوم الأحد الماضي.", "2017-11-19"),
    ],
)
def test_a_plain_weekday_stays_a_day(text: str, value: str) -> None:
    assert value in _values(text)


def test_a_deed_on_a_feast_takes_the_month_told_with_it() -> None:
    found = of_type(extract("The group bombed two churches in Tanta and Alexandria on Palm Sunday in April, killing 45 people.", PUB), "attack")
    assert [e["date"] for e in found] == ["2017-04"], found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a feast's name in the name of a thing, or a day of history recalled: no day
        ("Britain and Ireland signed the Good Friday Agreement, which ended three decades of violence.", "2023-04-05"),
        ("Families marked the anniversary of Bloody Sunday, when soldiers shot dead 14 civilians.", "2023-03-31"),
        ("وأحيا الآلاف ذكرى الأحد الدامي الذي قتلت فيه قوات الأمن 14 مدنيا.", "2023-03-31"),
    ],
)
def test_a_feast_named_in_a_name_or_recalled_gives_no_day(text: str, published: str) -> None:
    language = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    assert [m.value for m in find_dates(text, published, language)] == []
