"""A state told as having been without an office holder since a time holds no office taken then: the
English auxiliary of an office held since a time ("has been president since October 2016") tells an
appointment, "had been without a president since May 2014" none, as "ولبنان بلا رئيس منذ مايو 2014"
tells none (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Lebanon had been without a president since May 2014, when the term of Michel Suleiman ended.",
        "Lebanon has been without a prime minister since May 2014.",
        "ولبنان بلا رئيس منذ مايو 2014، عندما انتهت ولاية ميشال سليمان.",
    ],
)
def test_a_state_without_an_office_holder_takes_no_office(text):
    assert not of_type(extract(text, "2016-11-01"), "appointment"), extract(text, "2016-11-01")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Lebanon's Michel Aoun has been president since October 2016.", "2016-10"),
        ("ويشغل ميشال عون منصب رئيس لبنان منذ أكتوبر 2016.", "2016-10"),
    ],
)
def test_an_office_held_since_a_time_was_taken_then(text, date):
    found = of_type(extract(text, "2016-11-01"), "appointment")
    assert [e["date"] for e in found] == [date], found
