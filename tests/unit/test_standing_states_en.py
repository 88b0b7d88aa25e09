"""A state told in English as lasting since a time (a coalition led, a city controlled, a person
held in prison, a crossing kept closed), or a war told by when it began: one event of the
state's type at its onset; with no time of its own it is no event."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

_PUBLISHED = "2019-06-10"


@pytest.mark.parametrize(
    ("text", "event_type", "date", "countries"),
    [
        # leading a coalition since a month
        (
            "Saudi Arabia has led a military coalition in Yemen since March 2015 against the Houthis.",
            "attack",
            "2015-03",
            {"SAU", "YEM"},
        ),
        (
            "The kingdom has led an Arab coalition against the rebels in Yemen since March 2015.",
            "attack",
            "2015-03",
            {"YEM"},
        ),
        # a city controlled or held since a time
        ("The Houthis have controlled Sanaa since 2014.", "attack", "2014", {"YEM"}),
        ("The Houthis have held the capital Sanaa since September 2014.", "attack", "2014-09", {"YEM"}),
        ("Islamic State has controlled Raqqa since 2014.", "attack", "2014", {"SYR"}),
        ("Turkish forces have held the Syrian town of Afrin since March 2018.", "attack", "2018-03", {"TUR", "SYR"}),
        # a person held in prison since a time
        ("He has been held in Evin prison in Iran since 2016.", "arrest", "2016", {"IRN"}),
        ("The activist has been behind bars in Egypt since 2013.", "arrest", "2013", {"EGY"}),
        ("Iran has held the British-Iranian woman in Evin prison since April 2016.", "arrest", "2016-04", {"IRN"}),
        # a crossing or border kept closed since a time
        ("Egypt has kept the Rafah crossing largely closed since 2013.", "sanctions", "2013", {"EGY"}),
        ("Jordan has kept its border crossing with Syria closed since 2015.", "sanctions", "2015", {"JOR"}),
        # a country torn by war since a time
        ("Libya has been torn by conflict since 2011.", "attack", "2011", {"LBY"}),
        # a war told by when it began
        ("Syria's war began in March 2011.", "attack", "2011-03", {"SYR"}),
        ("The conflict in Yemen started in 2014.", "attack", "2014", {"YEM"}),
        ("Fighting in Libya erupted in April 2019 when Haftar's forces advanced.", "attack", "2019-04", {"LBY"}),
        ("The war in Syria broke out in March 2011.", "attack", "2011-03", {"SYR"}),
        # a word of fighting keeps its own strength beside another event word
        (
            "Fighting erupted on April 15 between the Sudanese army and the RSF, whose leaders had seized power "
            "together in an October 2021 coup.",
            "attack",
            "2019-04-15",
            {"SDN"},
        ),
    ],
)
def test_a_state_since_its_onset_is_one_event_then(
    text: str, event_type: str, date: str, countries: set | None
) -> None:
    found = [e for e in of_type(extract(text, _PUBLISHED), event_type) if e["date"] == date]
    assert found, extract(text, _PUBLISHED)
    if countries:
        assert countries <= set(found[0]["countries"])


@pytest.mark.parametrize(
    "text",
    [
        # no time of its own: no event
        "Saudi Arabia has led a military coalition against the Houthis.",
        "The Houthis control much of the north.",
        "The war began with peaceful protests.",
        "He is being held in prison.",
        # comparisons, habits, prices and careers since a time: no state of the kind
        "It was the highest level since 2014.",
        "Protesters have rallied every Friday since 2018.",
        "Oil prices have fallen since 2014.",
        "He has served as foreign minister since 2013.",
        "The party has controlled parliament since 2014.",
        # a war's onset as the start of a span measured for another state: no event of its own
        "Jordan has been hit hard by the influx of refugees since the war began in 2011.",
    ],
)
def test_no_state_event_without_an_onset(text: str) -> None:
    found = [e for e in extract(text, _PUBLISHED) if e["event_type"] in ("attack", "arrest", "sanctions")]
    assert not found, found


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        ("Israel has besieged Gaza for twelve years.", _PUBLISHED, "attack", "2007"),
        ("Israel has imposed a blockade on the Gaza Strip for 12 years.", _PUBLISHED, "sanctions", "2007"),
        ("The Saudi-led coalition has bombed Houthi positions in Yemen for four years.", _PUBLISHED, "attack", "2015"),
        ("The reporter has been detained in Iran for three years.", _PUBLISHED, "arrest", "2016"),
        (
            "Saudi Arabia has led a military campaign against the Houthis in Yemen for three years.",
            "2018-05-18",
            "attack",
            "2015",
        ),
        ("Turkey has deployed troops in Qatar for two years.", "2018-05-18", "deployment", "2016"),
    ],
)
def test_a_state_lasting_a_count_of_years_began_that_many_years_before(
    text: str, published: str, event_type: str, date: str
) -> None:
    found = of_type(extract(text, published), event_type)
    assert [e["date"] for e in found] == [date], found
    assert found[0]["date_precision"] == "year"


@pytest.mark.parametrize(
    "text",
    [
        # a count that is no exact number of years: no onset to count back to
        "Israel has imposed a blockade on Gaza for more than a decade.",
        "Israel has imposed a blockade on Gaza for nearly ten years.",
    ],
)
def test_an_inexact_count_of_years_gives_no_onset(text: str) -> None:
    assert not of_type(extract(text, _PUBLISHED), "sanctions")


def test_a_toll_counted_since_an_onset_gives_way_to_that_onset() -> None:
    # "killed since the unrest began": a count over a span, no deed of its own; the unrest is the event
    text = (
        "A Kurdish rights group said at least seven people had been killed in Iran since the unrest began "
        "on Saturday at a funeral in Saqqez."
    )
    found = extract(text, "2022-09-21")
    assert [(e["event_type"], e["date"]) for e in found] == [("protest", "2022-09-17")], found
