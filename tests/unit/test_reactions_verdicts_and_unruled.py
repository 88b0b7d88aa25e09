"""Event words that point back to a deal told before, or tell no deed at all.

- A deal played down or dismissed («قللت الحكومة من أهمية الاتفاق») or declared void right after its
  word ("declared the deal null and void") is the deal told before: the reaction is no new
  agreement of the one who reacted.
- A deed that "has not been ruled out" is only possible.
- Aid whose suspension, cut or freeze is told or denied ("did not announce any suspension of
  its aid") is no aid given.
- Elections, deals or truces named as the aim of a road map or a timetable ("a road map for
  new elections") are still to come.
"""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2024-01-10"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Ethiopia and Somaliland signed a port deal on January 1. "
            "Israeli officials played down the deal on Tuesday, saying it would change little.",
            "2024-01-01",
        ),
        (
            "Ethiopia and Somaliland signed a port deal on January 1. "
            "Somalia's government on Tuesday declared the deal \"null and void\".",
            "2024-01-01",
        ),
        (
            "وقعت إثيوبيا وأرض الصومال اتفاقا بحريا في الأول من يناير. "
            "وقللت الحكومة الصومالية الثلاثاء من أهمية الاتفاق.",
            "2024-01-01",
        ),
    ],
)
def test_a_deal_played_down_or_declared_void_is_the_deal_told_before(text, date):
    assert [e["date"] for e in of_type(extract(text, PUB), "agreement")] == [date]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("A visit to Riyadh has not been ruled out, Saudi officials said.", "visit"),
        ("Washington did not announce any suspension of its $1.3 billion in annual military aid to Egypt.", "aid"),
        ("Sisi announced on Wednesday that the constitution was suspended and read out a road map for new presidential elections.", "election"),
    ],
)
def test_no_event_told(text, event_type):
    assert of_type(extract(text, PUB), event_type) == []


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # aid sent in the sentence of a word of cutting something else
        ("Qatar sent 40 tonnes of aid to Gaza on Monday after Israel cut power supplies.", "aid", "2024-01-08"),
        # elections held, told near a road map of the past
        ("Egypt held a presidential election on Sunday under the constitution adopted in 2014.", "election", "2024-01-07"),
    ],
)
def test_real_event_stays(text, event_type, date):
    assert date in [e["date"] for e in of_type(extract(text, PUB), event_type)]
