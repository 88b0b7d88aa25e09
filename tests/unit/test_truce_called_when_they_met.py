"""A clause of time with a verb and a date of its own inside the phrase of the sentence's main
deed ("A truce called for by Putin and Erdogan when they met in Istanbul on Jan. 8 took effect on
Sunday"): the meeting is a deed of its own on its date, which the truce does not take in, and the
truce takes the main clause's day, not the clause of time's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    "text",
    [
        "A fragile truce called for by Russian President Vladimir Putin and Turkish President Tayyip Erdogan "
        "when they met in Istanbul on Jan. 8 took effect on Sunday, although both Libyan sides reported violations.",
        "ودخلت الهدنة التي دعا إليها الرئيسان الروسي والتركي عندما التقيا في إسطنبول في 8 يناير حيز التنفيذ يوم الأحد.",
    ],
)
def test_the_meeting_of_the_clause_and_the_truce_each_on_its_day(text):
    found = sorted((e["event_type"], e["date"]) for e in extract(text, "2020-01-14"))
    assert found == [("ceasefire", "2020-01-12"), ("meeting", "2020-01-08")], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the clause of time's date is the only one: the main deed's too
        ("Turkish troops entered Afrin when Kurdish fighters withdrew on March 18.", [("deployment", "2019-03-18")]),
        # the day after a comma is a saying's: the clause of time's day stays the deed's
        (
            "Iraqi forces killed ten militants in Anbar when they raided a hideout on Monday, the army said on Tuesday.",
            [("attack", "2020-01-13")],
        ),
        ("قال الجيش العراقي الثلاثاء إن قواته قتلت عشرة مسلحين عندما داهمت مخبأ في الأنبار يوم الاثنين.", [("attack", "2020-01-13")]),
        # the main deed's date comes before the clause
        (
            "The protests began on July 8 when security forces opened fire on demonstrators in Baghdad.",
            [("attack", "2019-07-08"), ("protest", "2019-07-08")],
        ),
    ],
)
def test_otherwise_the_dates_stay(text, expected):
    assert sorted((e["event_type"], e["date"]) for e in extract(text, "2020-01-14")) == expected
