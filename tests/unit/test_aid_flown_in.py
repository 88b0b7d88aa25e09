"""Aid flown in by states:

- flying aid, relief goods or field hospitals is aid («ونقلت قطر جوا مساعدات», "have flown in
  field hospitals and relief goods", "flew aid into government-held areas");
- with no recipient named after the event word (the Arabic givers right after their verb do not
  count), it went to the country the article is about, which is its place; a recipient named
  («لقطر», «إلى سوريا», "to Syria") keeps its own;
- told after a relative of after (after which, «وعلى إثره») that takes up a thing dated in a month
  before the publication's, it came in that month.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.resources import load_resources
from events.text.normalize import fold
from events.triggers import find_triggers


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Qatar, Kuwait, Iran and Turkey have also flown in field hospitals and relief goods.", "flown"),
        ("The UAE and Saudi Arabia flew aid into government-held areas.", "flew"),
        ("ونقلت قطر والكويت جوا مستشفيات ميدانية ومواد إغاثية.", "ونقلت"),
    ],
)
def test_flying_aid_in_is_aid(text, word):
    found = find_triggers(text, fold(text), load_resources().triggers)
    assert any(t.event_type == "aid" and text[t.start : t.end] == word for t in found)


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        (
            "BEIRUT (Al Jazeera) - Macron toured the devastated port of Beirut, Lebanon, on Thursday, two days after "
            "the blast that tore through Lebanon.\nQatar, Kuwait, Iran and Turkey have also flown in field hospitals "
            "and relief goods.",
            "2020-08-07",
            "LBN",
        ),
        (
            "تفقد الرئيس الفرنسي مرفأ بيروت المدمر في لبنان أمس الخميس.\nونقلت قطر والكويت جوا مستشفيات ميدانية ومواد إغاثية.",
            "2020-08-07",
            "LBN",
        ),
        (
            "تفقد الرئيس الفرنسي مرفأ بيروت المدمر في لبنان أمس الخميس.\nونقلت قطر والكويت جوا مستشفيات ميدانية إلى سوريا.",
            "2020-08-07",
            "SYR",
        ),
    ],
)
def test_aid_with_no_recipient_named_goes_to_the_land_of_the_story(text, published, country):
    flown = [e for e in of_type(extract(text, published), "aid") if "QAT" in e["countries"]]
    assert flown and (flown[0]["location"] or {}).get("country") == country


@pytest.mark.parametrize(
    ("text", "published", "month"),
    [
        (
            "CAIRO (AFP) - Arab ministers met on Sunday.\nDiplomacy with Damascus has accelerated since the February 6 "
            "earthquake that struck Turkey and Syria, after which the UAE, Saudi Arabia and other Arab states flew aid "
            "into government-held areas.",
            "2023-05-07",
            "2023-02",
        ),
        (
            "القاهرة - اجتمع الوزراء العرب أمس الأحد.\nوتسارعت الاتصالات مع دمشق منذ الزلزال الذي ضرب تركيا وسوريا في "
            "فبراير الماضي، وعلى إثره نقلت الإمارات جوا مساعدات إلى سوريا.",
            "2023-05-07",
            "2023-02",
        ),
    ],
)
def test_aid_after_which_comes_in_the_month_of_what_it_follows(text, published, month):
    (aid,) = of_type(extract(text, published), "aid")
    assert aid["date"] == month
