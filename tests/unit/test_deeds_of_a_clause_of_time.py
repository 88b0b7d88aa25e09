"""A deed told in a clause of time with a subject of its own after the sentence's event word
(after security forces stormed the camp; بعد أن اقتحمت قوات الأمن), with a date written out after
its word in that clause, is a deed of its own on that date, which the main clause's event of
another type does not take in; with no date of its own, the main event stays the sentence's one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

PUBLISHED = "2019-08-17"


def _attacks(text: str) -> list[str]:
    return sorted(e["date"] for e in extract(text, PUBLISHED) if e["event_type"] == "attack")


@pytest.mark.parametrize(
    ("text", "attacks"),
    [
        (
            "Talks between the generals and protest leaders collapsed after security forces stormed the protest camp "
            "outside the army headquarters in Khartoum on 3 June, killing more than 100 people.",
            ["2019-06-03"],
        ),
        ("وانهارت المحادثات بين الطرفين بعد أن اقتحمت قوات الأمن ساحة الخرطوم في 3 يونيو.", ["2019-06-03"]),
        # no date of its own in the clause of time: the main event alone
        (
            "Talks between the generals and protest leaders collapsed after security forces stormed the protest camp "
            "outside the army headquarters in Khartoum, killing more than 100 people.",
            [],
        ),
        ("وانهارت المحادثات بين الطرفين بعد أن اقتحمت قوات الأمن ساحة الخرطوم.", []),
    ],
)
def test_a_deed_dated_in_a_clause_of_time(text, attacks):
    assert _attacks(text) == attacks
