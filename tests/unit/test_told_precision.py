"""A catalogued event is dated at the precision its article gives (GUIDELINES: "at the
precision the text supports"), and is still known as the catalogued event."""

import pytest

from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "kind", "year"),
    [
        ("The crown prince was shunned after the 2018 killing of journalist Jamal Khashoggi in Istanbul.", "2023-07-18", "attack", "2018"),
        ("After the 2018 election in Iraq, it took months to form a government.", "2021-10-12", "election", "2018"),
        ("Iran is negotiating on reviving the 2015 nuclear agreement with world powers.", "2021-06-20", "agreement", "2015"),
        ("وتعثر تشكيل الحكومة بعد انتخابات 2018 في العراق لأشهر.", "2021-10-12", "election", "2018"),
    ],
)
def test_a_catalogued_event_told_with_its_year_is_dated_by_that_year(text, published, kind, year):
    events = of_type(extract(text, published), kind)
    assert [e["date"] for e in events] == [year]
    assert events[0]["reference_id"] is not None


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        ("Saudi Arabia, the UAE, Bahrain and Egypt cut ties with Qatar on June 5, 2017.", "2020-11-10", "sanctions", "2017-06-05"),
        ("The crown prince was shunned after the killing of journalist Jamal Khashoggi.", "2023-07-18", "attack", "2018-10-02"),
    ],
)
def test_a_catalogued_event_told_with_its_day_or_without_a_date_keeps_that_day(text, published, kind, day):
    (event,) = of_type(extract(text, published), kind)
    assert event["date"] == day

