"""A bare month between "the" and a noun of an event dates it though an adjective stands between
("the May parliamentary election", "the March presidential vote"), as it does right after an
Arabic noun of an event before its adjective («انتخابات مايو البرلمانية»); "May" as a verb and
a month before a word of no event stay no date."""

from __future__ import annotations

import pytest

from events.temporal import find_dates

PUB = "2022-10-27"


def _lang(text: str) -> str:
    return "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"


def _months(text: str) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, PUB, _lang(text)) if m.precision == "month"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("No cabinet has been formed since the May parliamentary election.", [("May", "2022-05")]),
        ("The opposition rejected the results of the March presidential vote.", [("March", "2022-03")]),
        ("Turnout fell sharply in the June municipal elections.", [("June", "2022-06")]),
        ("لم تتشكل حكومة منذ انتخابات مايو البرلمانية.", [("مايو", "2022-05")]),
        ("رفضت المعارضة نتائج انتخابات مارس الرئاسية.", [("مارس", "2022-03")]),
        # "May" as a verb, and a month before an adjective with no noun of an event after it
        ("The parliamentary election may be delayed again.", []),
        ("The May parliamentary session ended without a vote on the budget.", []),
    ],
)
def test_month_before_a_qualified_event(text, found):
    assert _months(text) == found
