"""An event word its clause gives no time, followed by its complement and a relative clause of
its beginning ("talks between the two sides, which began on March 4"; "مفاوضات مع الوسطاء، التي
بدأت في 4 مارس"): the time of that clause dates the event, the point of an abbreviated month
("Oct. 25") ending no clause."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("The accord followed talks between the two sides, which began on March 4 in Geneva.", "2022-11-03", "2022-03-04"),
        (
            "The accord was announced after peace talks between the rival armies, which began on Oct. 25 in Nairobi.",
            "2022-11-03",
            "2022-10-25",
        ),
        ("ووقع الطرفان الاتفاق عقب مفاوضات مع الوسطاء، التي بدأت في 4 مارس في جنيف.", "2022-11-03", "2022-03-04"),
    ],
)
def test_talks_take_the_day_they_began(text: str, published: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "meeting")] == [date]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a time after the clause of beginning is another clause's
        ("The accord followed talks between the two sides, which began in Geneva, and was signed on March 4.", "2022-11-03"),
        ("وجاء الاتفاق عقب مفاوضات مع الوسطاء، التي بدأت في جنيف، ووقع في 4 مارس.", "2022-11-03"),
    ],
)
def test_a_time_outside_the_clause_of_beginning_does_not_date_the_talks(text: str, published: str) -> None:
    assert all(e["date"] != "2022-03-04" for e in of_type(extract(text, published), "meeting"))
