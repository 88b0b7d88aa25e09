"""A deed told as called for, demanded or urged in the passive ("The truce was called for by Putin
and Erdogan at a meeting in Istanbul last Wednesday") is asked for, as the active verb tells
(«ودعا الرئيسان إلى هدنة»): it is not dated by the call. The meeting the call was made at is held:
a verb of calling followed by "by" is a passive, whose deed called for stands before it, and the
words after the doer are none of its complement."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words, extract, of_type

PUBLISHED = "2020-01-14"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The truce was called for by Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan.", "ceasefire"),
        ("New elections have been demanded by the opposition for months.", "election"),
        ("ودعا الرئيسان بوتين وأردوغان إلى هدنة في ليبيا.", "ceasefire"),
    ],
)
def test_a_deed_called_for_in_the_passive_is_asked_for(text, event_type):
    assert asserted_words(text, event_type) == []


@pytest.mark.parametrize(
    ("text", "meetings", "truces"),
    [
        (
            "The truce was called for by Putin and Erdogan at a meeting in Istanbul last Wednesday.",
            ["2020-01-08"],
            [],
        ),
        (
            "ودعا الرئيسان بوتين وأردوغان إلى هدنة في ليبيا خلال لقائهما في إسطنبول الأربعاء الماضي.",
            ["2020-01-08"],
            [],
        ),
    ],
)
def test_the_meeting_the_call_was_made_at_is_held(text, meetings, truces):
    found = extract(text, PUBLISHED)
    assert [e["date"] for e in of_type(found, "meeting")] == meetings
    assert [e["date"] for e in of_type(found, "ceasefire")] == truces


def test_a_deed_named_in_what_is_demanded_is_no_demand():
    found = of_type(extract("An inquiry into the Baghdad bombing on Tuesday was demanded by Iraqi lawmakers.", "2019-04-03"), "attack")
    assert [e["date"] for e in found] == ["2019-04-02"]
