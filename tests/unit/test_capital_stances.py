"""A capital that names its government's stance is no place of the deed ("pledged Washington's
support", «وأكدت دعم واشنطن لحكومته»), nor is the stance's owner its place; a capital named as
where something happens stays (events/assemble/capital_stances.py). The surname alone names a
leader whose full name the article gives (Sudani)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_PUBLISHED = "2022-10-14"


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        ("U.S. Ambassador Alina Romanowski met Iraq's prime minister on Friday and pledged Washington's support.", "meeting", {"USA", "IRQ"}),
        ("التقت السفيرة الأمريكية رئيس الوزراء العراقي يوم الجمعة وأكدت دعم واشنطن لحكومته.", "meeting", {"USA", "IRQ"}),
        ("The Iraqi foreign minister met the Turkish ambassador on Friday and rejected Ankara's demands.", "meeting", {"IRQ", "TUR"}),
        ("التقى وزير الخارجية العراقي السفير التركي يوم الجمعة ورفض مطالب أنقرة.", "meeting", {"IRQ", "TUR"}),
    ],
)
def test_a_capital_s_stance_places_no_deed(text, event_type, countries):
    found = of_type(extract(text, _PUBLISHED), event_type)
    assert len(found) == 1
    assert countries <= set(found[0]["countries"])
    assert (found[0]["location"] or {}).get("precision") != "city"


@pytest.mark.parametrize(
    ("text", "event_type", "city"),
    [
        # where the deed took place, told beside the stance
        ("Iraq's president met the Iranian envoy in Baghdad on Friday and welcomed Tehran's support.", "meeting", "Baghdad"),
        ("Kerry flew to Moscow on Friday and won Moscow's backing for the plan.", "visit", "Moscow"),
        # a possessive of a place, not of a stance
        ("Thousands marched in Washington's streets on Saturday.", "protest", "Washington"),
        ("وتظاهر الآلاف في طهران يوم الجمعة ضد دعم واشنطن لإسرائيل.", "protest", "Tehran"),
    ],
)
def test_a_capital_where_the_deed_took_place_stays(text, event_type, city):
    found = of_type(extract(text, _PUBLISHED), event_type)
    assert [e["location"]["name"] for e in found] == [city]


def test_a_leader_named_by_his_surname_after_his_full_name():
    text = (
        "Iraq's new president named Mohammed Shia al-Sudani as prime minister-designate on Thursday. "
        "U.S. Ambassador Alina Romanowski met Sudani on Friday."
    )
    meetings = of_type(extract(text, _PUBLISHED), "meeting")
    assert "mohammed_shia_al_sudani" in meetings[0]["actors"]
    assert {"USA", "IRQ"} <= set(meetings[0]["countries"])


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Iraq's parliament elected Abdul Latif Rashid as president on Thursday. "
            "Shortly before the session, nine rockets landed in the Green Zone.",
            "2022-10-13",
        ),
        (
            "انتخب البرلمان العراقي عبد اللطيف رشيد رئيسا للجمهورية يوم الخميس. "
            "وقبل ساعات من الجلسة، سقطت تسعة صواريخ في المنطقة الخضراء.",
            "2022-10-13",
        ),
    ],
)
def test_a_deed_told_hours_around_a_session_takes_its_day(text, day):
    attacks = of_type(extract(text, _PUBLISHED), "attack")
    assert [e["date"] for e in attacks] == [day]
