"""A year between a determiner and a noun of the event's own type names the very event the verb
tells ("Ruto won the 2022 election": the election won is the 2022 one), so it dates the deed, as a
year right before the event word does; so does the year of such a noun that is the verb's object
a few words on («فاز روتو بانتخابات 2022»), unless a word of another time stands between. Before a noun of another kind ("ended the 2017 blockade",
"abolished its 1972 law") the year stays that thing's and the deed keeps its own time."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2024-06-26"


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        ("Kenyan President William Ruto won the 2022 election by a narrow margin.", "election", "2022"),
        ("William Ruto, who narrowly won the 2022 vote, faces the biggest crisis of his presidency.", "election", "2022"),
        ("Recep Tayyip Erdogan won the 2018 presidential election in the first round.", "election", "2018"),
        ("فاز الرئيس الكيني وليام روتو في انتخابات عام 2022 بفارق ضئيل.", "election", "2022"),
        ("فاز الرئيس الكيني وليام روتو بانتخابات 2022 بفارق ضئيل.", "election", "2022"),
        # the noun of the deed's own type as the verb's object, a few words after it
        ("Kenyan President William Ruto won a landslide in the 2022 election.", "election", "2022"),
    ],
)
def test_the_year_of_the_noun_the_deed_is_dates_it(text, event_type, date):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert [e["date"] for e in found] == [date]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # the noun after the year is another kind of thing: the deed keeps its own time
        ("The UAE abolished its 1972 law boycotting Israel on Saturday.", "relations", "2024-06-22"),
        ("Kenyan President William Ruto won the vote on Tuesday.", "election", "2024-06-25"),
    ],
)
def test_a_year_of_another_thing_or_none_leaves_the_deed_its_time(text, event_type, date):
    found = of_type(extract(text, PUBLISHED), event_type)
    assert date in [e["date"] for e in found]
    assert not [e for e in found if e["date"] in ("1972", "2022")]


def test_a_noun_of_the_same_type_after_a_word_of_another_time_is_another_deed():
    found = of_type(
        extract("فاز وليام روتو بالانتخابات الرئاسية في كينيا أمس بعد انتخابات 2017 التي ألغتها المحكمة.", PUBLISHED),
        "election",
    )
    assert sorted(e["date"] for e in found) == ["2017", "2024-06-25"]
