"""A month written without its year and joined by "and" (و) to a month written with one shares
that year ("in April and May 2022", "في أبريل/نيسان ومايو/أيار 2022"), the year before for a
later month of the calendar ("in November and January 2021"); a month standing alone keeps the
year the publication gives it."""

from __future__ import annotations

import pytest

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "lang", "month", "value"),
    [
        ("The navy held drills in April and May 2022 off the coast.", "2024-06-01", "en", "April", "2022-04"),
        ("Talks were held in November and January 2021 in Geneva.", "2024-06-01", "en", "November", "2020-11"),
        ("أجرت البحرية مناورات في أبريل/نيسان ومايو/أيار 2022 قبالة الساحل.", "2024-06-01", "ar", "أبريل/نيسان", "2022-04"),
        ("عقدت جولات المحادثات في نوفمبر/تشرين الثاني ويناير/كانون الثاني 2021 في جنيف.", "2024-06-01", "ar", "نوفمبر/تشرين الثاني", "2020-11"),
    ],
)
def test_a_month_joined_to_a_month_with_its_year_shares_it(
    text: str, published: str, lang: str, month: str, value: str
) -> None:
    found = {d.text: d.value for d in find_dates(text, published, lang)}
    assert found.get(month) == value


@pytest.mark.parametrize(
    ("text", "published", "lang", "month", "value"),
    [
        ("The navy held drills in April, and talks followed in May 2022.", "2024-06-01", "en", "April", "2024-04"),
        ("أجرت البحرية مناورات في أبريل، ثم عقدت محادثات في مايو 2022.", "2024-06-01", "ar", "أبريل", "2024-04"),
    ],
)
def test_a_month_not_joined_keeps_the_publications_year(
    text: str, published: str, lang: str, month: str, value: str
) -> None:
    found = {d.text: d.value for d in find_dates(text, published, lang)}
    assert found.get(month) == value
