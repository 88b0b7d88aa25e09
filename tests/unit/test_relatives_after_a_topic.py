"""A relative clause with a verb of an event's onset, holding or gathering, after the phrase of
the parties, topic or place of an event word ("talks on the border, which brought the two sides
together in 2018"; «المفاوضات بين البلدين حول تقاسم المياه، التي انطلقت في مارس 2019»), tells of
that event word, and its time dates it; a clause of another verb, or after a noun of another
event, does not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2020-11-14"


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "Talks on the border dispute, which brought Kenya and Somalia together in Nairobi in 2018, have stalled.",
            "meeting",
            "2018",
        ),
        (
            "The negotiations over the river, which brought the two governments together in Cairo in March 2019, collapsed.",
            "meeting",
            "2019-03",
        ),
        (
            "وتعثرت المفاوضات بين السودان وإثيوبيا حول تقاسم مياه النهر، التي انطلقت في الخرطوم في مارس 2019، بعد انسحاب الوفد.",
            "meeting",
            "2019-03",
        ),
        (
            "وتوقفت المحادثات حول مستقبل المنطقة الحدودية المتنازع عليها، التي جمعت الطرفين في جنيف عام 2018، منذ أشهر.",
            "meeting",
            "2018",
        ),
    ],
)
def test_a_gathering_after_the_topic_dates_the_event(text: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), event_type)] == [date]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # what began is the war talked about, not the talks
        ("Kenya and Somalia held talks in Nairobi on the war, which began in 2011.", "meeting", "2011"),
        # no verb of an onset or gathering: the clause tells of the city
        ("The offensive on the city, which fell to the rebels in 2016, killed dozens on Monday.", "attack", "2016"),
        ("وعقد الطرفان محادثات في جنيف حول الحرب التي اندلعت عام 2011.", "meeting", "2011"),
        ("وندد الوزير بالهجوم على المدينة التي سقطت في مارس 2017.", "attack", "2017-03"),
    ],
)
def test_other_relative_clauses_after_a_topic_date_no_event(text: str, event_type: str, date: str) -> None:
    assert date not in [e["date"] for e in of_type(extract(text, PUBLISHED), event_type)]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a pronoun back to the hall: the clause tells of what was held there
        ("واستؤنفت المفاوضات بين مصر وإثيوبيا في القاعة الكبرى التي عقدت فيها قمة أفريقية عام 2010.", "المفاوضات"),
        # بدأ before a verb (began to): the clause tells of the town
        ("وندد العراق بالقصف على البلدة الحدودية التي بدأت تستعيد الحياة في مارس 2019.", "بالقصف"),
    ],
)
def test_a_clause_of_the_place_keeps_the_event_undated(text: str, trigger: str) -> None:
    found = [e for e in extract(text, PUBLISHED) if trigger in e["trigger"]]
    assert found and all(e["date"] == PUBLISHED for e in found)
