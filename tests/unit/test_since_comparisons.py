"""A date after "since" that follows a superlative is the time compared with, not the event's:
also when the date stands inside a named event ("since the 1979 revolution")."""

import pytest

from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Washington imposed its harshest sanctions on Tehran since the 1979 revolution on Monday.",
        "Washington imposed the toughest sanctions on Tehran since the 1979 revolution, officials said.",
        "فرضت واشنطن أشد عقوبات على طهران منذ ثورة 1979، وفق ما أعلنت وزارة الخزانة اليوم.",
    ],
)
def test_a_compared_year_inside_a_named_event_dates_nothing(text):
    (event,) = of_type(extract(text, "2018-11-06"), "sanctions")
    assert not event["date"].startswith("1979")

