"""A noun of the type in a relative clause set off by a comma after the event word describes
that event («ختام تمرين ...، والذي يوصف بأنه أضخم تمرين عسكري», "the drill, which was the
largest exercise"): the event keeps the word and the day of its own clause."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            'الجبيل (السعودية) - شهد العاهل السعودي الملك سلمان أمس الاثنين ختام تمرين "درع الخليج المشترك 1" في '
            "منطقة رأس الخير بمحافظة الجبيل شرقي المملكة، والذي يوصف بأنه أضخم تمرين عسكري تشهده المنطقة.",
            "تمرين",
        ),
    ],
)
def test_the_described_event_keeps_its_day(text: str, trigger: str) -> None:
    found = of_type(extract(text, "2018-04-17"), "military_exercise")
    assert [(e["date"], e["trigger"]) for e in found] == [("2018-04-16", trigger)], found


def test_a_relative_with_a_time_of_its_own_is_not_taken_in() -> None:
    text = (
        "وشهد الملك سلمان أمس الاثنين ختام تمرين درع الخليج في الجبيل شرقي السعودية، الذي يلي "
        "تمرين رعد الشمال الذي أجري في حفر الباطن عام 2016."
    )
    dates = sorted(e["date"] for e in of_type(extract(text, "2018-04-17"), "military_exercise"))
    assert "2018-04-16" in dates, dates
