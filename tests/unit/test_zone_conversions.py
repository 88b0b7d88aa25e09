"""Days told in a time zone's brackets after a local clock time are moved to the local day."""

from __future__ import annotations

import pytest

from events.temporal import find_dates
from events.zone_conversions import _days_ahead
from tests.unit.test_extraction_support import extract

PUB = "2021-05-21"  # a Friday


def _days(text: str, published: str = PUB) -> list[tuple[str, str]]:
    return [(m.text, m.value) for m in find_dates(text, published)]


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # the local clock is past midnight, the zone's is not: the next day
        ("The truce came into effect at 2 a.m. (2300 GMT Thursday).", [("Thursday", "2021-05-21")]),
        ("The truce took effect at midnight (2100 GMT Thursday).", [("Thursday", "2021-05-21")]),
        ("The strikes began at 01:30 (22:30 GMT on Thursday).", [("Thursday", "2021-05-21")]),
        ("دخلت الهدنة حيز التنفيذ الساعة 2:00 فجرا (23:00 بتوقيت غرينتش الخميس).", [("الخميس", "2021-05-21")]),
        ("دخلت الهدنة حيز التنفيذ الساعة ٢:٠٠ فجرا (٢٣:٠٠ بتوقيت غرينتش يوم الخميس).", [("يوم الخميس", "2021-05-21")]),
        # one local day with the zone's: no change
        ("Polls opened at 0800 (0500 GMT Sunday).", [("Sunday", "2021-05-16")]),
        ("Fighting eased at 11 p.m. (2000 GMT on Thursday).", [("Thursday", "2021-05-20")]),
        # the zone ahead of the local clock: the day before (a deed in the Americas)
        ("Voting closed at 9 p.m. (0200 GMT Wednesday) in Washington.", [("Wednesday", "2021-05-18")]),
        # the local day told before the bracket: the zone's day is none of the deed's
        ("Jets struck at 1 a.m. on Friday (2200 GMT Thursday).", [("Friday", "2021-05-21")]),
        ("Jets struck on Friday at 1 a.m. (2200 GMT Thursday).", [("Friday", "2021-05-21")]),
        ("قصفت الطائرات الجمعة الساعة 1:00 فجرا (22:00 بتوقيت غرينتش الخميس).", [("الجمعة", "2021-05-21")]),
        # no local clock time before the bracket: the day stays the zone's
        ("The truce took hold (2300 GMT Thursday).", [("Thursday", "2021-05-20")]),
        # a day in brackets with no zone, or a day of another sentence before the bracket
        ("The truce took hold at 2 a.m. (Thursday in Washington).", [("Thursday", "2021-05-20")]),
        (
            "Talks ended on Thursday. The vote opened at 0800 (0500 GMT Sunday).",
            [("Thursday", "2021-05-20"), ("Sunday", "2021-05-16")],
        ),
    ],
)
def test_days_in_zone_brackets(text: str, days: list[tuple[str, str]]) -> None:
    assert _days(text) == days


@pytest.mark.parametrize(
    ("local", "zone", "ahead"),
    [(2, 23, 1), (0, 21, 1), (23, 20, 0), (8, 5, 0), (21, 2, -1), (12, 12, 0), (10, 13, 0)],
)
def test_days_ahead(local: int, zone: int, ahead: int) -> None:
    assert _days_ahead(local, zone) == ahead


@pytest.mark.parametrize(
    ("text", "published", "when"),
    [
        ("Israel and Hamas began a truce at 2 a.m. (2300 GMT Thursday), officials said.", PUB, "2021-05-21"),
        ("بدأت هدنة بين إسرائيل وحماس الساعة 2:00 فجرا (23:00 بتوقيت غرينتش الخميس).", PUB, "2021-05-21"),
    ],
)
def test_event_on_the_local_day(text: str, published: str, when: str) -> None:
    events = [e for e in extract(text, published) if e["event_type"] == "ceasefire"]
    assert [e["date"] for e in events] == [when]
