"""A state taken back into a body of states (its membership restored), and a vote told with its
setting between the verb and the restoration: ties restored, and no election; the meeting of
the setting is at most an event beside them."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # the setting of the vote stands between the verb and its to-clause
        ("Arab foreign ministers voted at an emergency session in Cairo on Sunday to reinstate Libya's membership.", "2021-02-07"),
        ("Ministers voted at a closed meeting in Addis Ababa on Sunday to restore ties with Eritrea.", "2021-02-07"),
        # a membership restored, not only reinstated
        ("Foreign ministers meeting in Cairo on Sunday voted to restore Libya's membership.", "2021-02-07"),
        ("The bloc restored Guinea's membership on Sunday.", "2021-02-07"),
        # the same in Arabic
        ("قرر وزراء الخارجية العرب يوم الأحد إعادة عضوية ليبيا في الجامعة العربية.", "2021-02-07"),
        ("وافق وزراء الخارجية العرب في اجتماع طارئ بالقاهرة يوم الأحد على استعادة ليبيا عضويتها في الجامعة.", "2021-02-07"),
        ("أعلن الاتحاد الأفريقي يوم الأحد إعادة عضوية غينيا في الاتحاد الأفريقي.", "2021-02-07"),
    ],
)
def test_a_membership_restored_by_a_body_is_relations(text, date):
    found = extract(text, "2021-02-10")
    assert [e["date"] for e in of_type(found, "relations")] == [date]
    # the session it was voted at is held beside it, never in its stead
    assert [e["date"] for e in of_type(found, "meeting")] in ([], [date])
    assert of_type(found, "election") == []


@pytest.mark.parametrize(
    "text",
    [
        # a party's, a club's or a player's membership is no tie between states
        "The party restored the lawmaker's membership on Sunday.",
        "The club restored the player's membership on Sunday.",
        "أعاد الحزب يوم الأحد عضوية النائب في الحزب.",
        # a call to restore it restores nothing yet
        "Iraq called on Sunday for the league to restore Syria's membership.",
    ],
)
def test_a_membership_of_no_state_or_not_yet_restored_is_no_tie(text):
    assert of_type(extract(text, "2021-02-10"), "relations") == []
