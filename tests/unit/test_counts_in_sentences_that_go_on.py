"""A sentence with no date of its own that goes on with the news of the one before it takes that
day; a deed it counts so many days before its main clause ("..., two days after a referendum")
took place that many days earlier."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_LEAD = "MOSCOW, March 18 — President Vladimir Putin signed a treaty on Tuesday to make Crimea part of Russia.\n"


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [
        (
            _LEAD + "Putin signed the document in the Kremlin with Crimea's leaders, two days after a referendum in "
            "which 96.8 percent of voters on the peninsula backed union with Russia.",
            "election",
            "2014-03-16",
        ),
        (
            _LEAD + "Putin signed the document in the Kremlin with Crimea's leaders, a day after a referendum in "
            "which 96.8 percent of voters on the peninsula backed union with Russia.",
            "election",
            "2014-03-17",
        ),
        (  # no count: the day of the news
            _LEAD + "Putin signed the document in the Kremlin with Crimea's leaders, as crowds in Simferopol "
            "protested against the move.",
            "protest",
            "2014-03-18",
        ),
    ],
)
def test_a_deed_counted_before_the_news_of_the_sentence_before(text: str, kind: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2014-03-18"), kind)] == [date]
