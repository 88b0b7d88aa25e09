"""An event word after "since" (منذ توليه السلطة) whose sentence's day stands in another clause
after a comma («، بعد أن اختتمت قمته ... ليل الاثنين») has no date of its own: the state since
then, no event of that day. A day after an aside of a place («، عاصمة ولاية نيمروز، في السادس
من آب») is still its own."""

from __future__ import annotations

from test_extraction_support import extract, of_type


def test_since_taking_power_is_no_event_of_another_clause_s_day() -> None:
    text = (
        "نيودلهي - عاد الرئيس الباكستاني برويز مشرف إلى إسلام آباد صباح اليوم الثلاثاء، منهيا زيارته الأولى "
        "للهند منذ توليه السلطة، بعد أن اختتمت قمته مع رئيس الوزراء الهندي في مدينة أغرا ليل الاثنين."
    )
    events = extract(text, "2001-07-17")
    assert not of_type(events, "appointment"), events
    assert of_type(events, "visit"), events


def test_english_since_taking_office_then_a_clause_of_after() -> None:
    text = (
        "Kenya's president returned to Nairobi after his first trip abroad since taking office, "
        "after he met Ugandan leaders in Kampala on Monday."
    )
    assert not of_type(extract(text, "2013-05-01"), "appointment")


def test_a_day_after_an_aside_of_the_place_is_the_deed_s() -> None:
    text = (
        "وتسارع تقدم طالبان في أفغانستان منذ سيطرتها على مدينة زرنج، عاصمة ولاية نيمروز، في السادس من آب، "
        "وهي أول عاصمة ولاية تسقط في يدها."
    )
    found = of_type(extract(text, "2021-08-16"), "attack")
    assert [e["date"] for e in found] == ["2021-08-06"], found


def test_a_clause_of_when_dates_the_deed_after_since() -> None:
    text = (
        "Saudi Arabia has had no diplomatic ties with Iran since the attack on its embassy in Tehran, when "
        "protesters stormed the compound on January 2, 2016."
    )
    found = of_type(extract(text, "2016-03-01"), "attack")
    assert [e["date"] for e in found] == ["2016-01-02"], found
