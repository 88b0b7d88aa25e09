"""English: the name of a fixed day of the year ("on New Year's Eve", "on Christmas
Day") dates an event as that day and month written without a year would."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("Supporters of the militia then stormed the outer wall of the US embassy in Baghdad on New Year's Eve.", "2020-01-06", "2019-12-31"),
        ("Gunmen attacked a church in Alexandria on New Year\u2019s Day.", "2011-01-05", "2011-01-01"),
        ("Syrian government forces shelled Douma on Christmas Day, killing four people.", "2016-12-28", "2016-12-25"),
        ("Egyptian police arrested the activist Alaa Abdel Fattah in Cairo on Christmas Eve.", "2019-01-10", "2018-12-24"),
    ],
)
def test_named_day_dates_the_event(text: str, published: str, value: str) -> None:
    events = extract(text, published)
    assert [e["date"] for e in events] == [value]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("اقتحم أنصار الفصيل السفارة ليلة رأس السنة.", "2020-01-06", "2019-12-31"),
        ("The rally was held on New Year's Eve.", "2023-01-03", "2022-12-31"),
        ("The talks are due to resume on New Year's Day.", "2023-12-20", "2024-01-01"),
    ],
)
def test_named_day_is_a_time_expression(text: str, published: str, value: str) -> None:
    assert [m.value for m in find_dates(text, published)] == [value]


def test_named_day_dates_a_truce() -> None:
    assert [e["date"] for e in of_type(extract("A truce between the Yemeni government and the Houthis took effect on Christmas Day.", "2019-01-10"), "ceasefire")] == ["2018-12-25"]


# A doer ranked among others ("was the first foreign official to visit") did the deed of the
# to-clause: no plan. A plan or a wish stays one.
@pytest.mark.parametrize(
    ("text", "event_type", "count"),
    [
        ("Turkish intelligence chief Ibrahim Kalin was the first foreign official to visit Damascus after the offensive.", "visit", 1),
        ("Emmanuel Macron was the first Western leader to visit Beirut after the blast.", "visit", 1),
        ("Qatar became the only Gulf state to send troops to Turkey after the coup attempt.", "deployment", 1),
        ("Macron will be the first Western leader to visit Beirut after the blast.", "visit", 0),
        ("Macron wants to be the first Western leader to visit Beirut.", "visit", 0),
    ],
)
def test_ranked_doer_did_the_deed(text: str, event_type: str, count: int) -> None:
    assert len(of_type(extract(text, "2025-08-14"), event_type)) == count


def test_a_reception_before_another_subject_s_visit_is_kept() -> None:
    text = (
        "Erdogan received interim President Ahmed al-Sharaa in Ankara in February, and Turkish "
        "intelligence chief Ibrahim Kalin was the first foreign official to visit Damascus after the offensive."
    )
    places = sorted(e["location"]["name"] for e in of_type(extract(text, "2025-08-14"), "visit"))
    assert places == ["Ankara", "Damascus"]


# A cue after a compound ("a ceasefire deal could be reached") governs its first noun too: the
# noun right after the event word names the same thing, and does not stand between them.
@pytest.mark.parametrize(
    ("text", "event_type", "count"),
    [
        ("US officials said a ceasefire deal between Israel and Hamas could be reached this week.", "ceasefire", 0),
        ("A truce agreement between Sudan and South Sudan could soon be signed.", "ceasefire", 0),
        ("A ceasefire deal between Israel and Lebanon might be finalised within days.", "ceasefire", 0),
        ("A ceasefire deal between Israel and Hamas took effect on Sunday.", "ceasefire", 1),
    ],
)
def test_cue_after_a_compound_governs_it(text: str, event_type: str, count: int) -> None:
    assert len(of_type(extract(text, "2025-01-09"), event_type)) == count


# A clause opened by "during which" or "at which" right after a date tells what happened in
# what that date dates: its event word takes that date, not the publication's.
@pytest.mark.parametrize(
    ("text", "event_type", "value"),
    [
        (
            "The emir of Kuwait paid a state visit to Amman in May 2024, during which the two countries signed several agreements.",
            "agreement",
            "2024-05",
        ),
        (
            "Arab leaders gathered for a summit in Cairo on March 4, at which Egypt and Jordan signed a trade accord.",
            "agreement",
            "2025-03-04",
        ),
    ],
)
def test_during_which_clause_takes_the_date_before_it(text: str, event_type: str, value: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2025-04-03"), event_type)] == [value]


# Two attacks at two cities far apart, one told to the day and one only to the month, are two
# deeds; the same city, or two tellings to the day, stay one.
@pytest.mark.parametrize(
    ("text", "published", "count"),
    [
        (
            "Gunmen killed dozens of civilians in the Syrian city of Baniyas in March. "
            "The violence began on March 6, when fighters ambushed a patrol near Jableh in Syria.",
            "2025-04-03",
            2,
        ),
        (
            "Iraqi forces took control of Kirkuk on Monday. Iraqi forces recaptured Hawija in Iraq earlier this month.",
            "2017-10-17",
            2,
        ),
        (
            "Gunmen killed dozens of civilians in the Syrian city of Baniyas in March. "
            "The attack began on March 8, when gunmen stormed homes in Baniyas.",
            "2025-04-03",
            1,
        ),
    ],
)
def test_attacks_in_cities_far_apart_are_two(text: str, published: str, count: int) -> None:
    assert len(of_type(extract(text, published), "attack")) == count
