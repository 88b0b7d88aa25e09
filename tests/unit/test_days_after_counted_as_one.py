"""A deed told as one day or one week before the day of its sentence, the count written
with `واحد` (بعد يوم واحد من، بعد أسبوع واحد من), is dated that many days before it, as
after a day or a week (بعد يوم من، one week after)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("مددت تونس حظر التجول الثلاثاء، بعد أسبوع واحد من هجوم شنه مسلحون على ثكنة في بن قردان.", "2023-05-09"),
        ("مددت تونس حظر التجول الثلاثاء، بعد يوم واحد من هجوم شنه مسلحون على ثكنة في بن قردان.", "2023-05-15"),
        ("Tunisia extended a curfew on Tuesday, one week after gunmen attacked a barracks in Ben Guerdane.", "2023-05-09"),
    ],
)
def test_a_deed_one_day_or_week_before(text, date):
    assert [e["date"] for e in of_type(extract(text, "2023-05-21"), "attack")] == [date]
