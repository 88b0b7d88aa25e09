"""A catalogued event named by an English alias that writes its year after in, of or an article ("a military
coup in 1989", "a 1989 military coup") is dated to that year, as one named by an Arabic alias with عام is («انقلاب عسكري عام
1989»): the text gives the year, and the catalog's day is not the text's; a name that writes the
day, or no date at all, keeps the catalog's day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2019-04-11"


@pytest.mark.parametrize(
    ("text", "date", "precision"),
    [
        ("Bashir, 75, came to power in a military coup in 1989.", "1989", "year"),
        ("وصل البشير، 75 عاما، إلى السلطة في انقلاب عسكري عام 1989.", "1989", "year"),
        ("Bashir, who seized power in a 1989 military coup, ruled Sudan for three decades.", "1989", "year"),
        # a name with the day, or with no date, is dated by the catalog
        ("انقلاب 30 يونيو 1989 أوصل البشير إلى السلطة.", "1989-06-30", "day"),
        ("Bashir came to power in the National Salvation Revolution.", "1989-06-30", "day"),
    ],
)
def test_a_catalogued_name_keeps_the_year_it_writes(text: str, date: str, precision: str) -> None:
    found = of_type(extract(text, PUBLISHED), "appointment")
    assert [(e["date"], e["date_precision"]) for e in found] == [(date, precision)], found
