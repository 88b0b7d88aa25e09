"""Talks told right after a word of after as the speaker's own, in a sentence dated by another
deed ("Turkey agreed on Thursday ..., Pence said after talks with Erdogan in Ankara", «وقال بنس
بعد محادثاته مع أردوغان في أنقرة»): the speaker held them that day, a party of his own talks, a
guest at his host's, so they are his visit; no background the sentence merely presupposes. The
English noun names its partner after `with`, the Arabic one carries the speaker's pronoun."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Turkey agreed on Thursday to pause its offensive in northeast Syria for five days, U.S. Vice President "
        "Mike Pence said after talks with President Tayyip Erdogan in Ankara.",
        "وافقت تركيا الخميس على تعليق هجومها في شمال سوريا لخمسة أيام، وقال نائب الرئيس الأمريكي مايك بنس "
        "بعد محادثاته مع الرئيس رجب طيب أردوغان في أنقرة إن الاتفاق يشمل انسحاب القوات الكردية.",
    ],
)
def test_the_speakers_talks_at_his_hosts_are_his_visit(text):
    found = of_type(extract(text, "2019-10-17"), "visit")
    assert found, found
    assert {"USA", "TUR"} <= set(found[0]["countries"]), found
    assert (found[0]["location"] or {}).get("country") == "TUR", found
    assert found[0]["date"] == "2019-10-17", found


@pytest.mark.parametrize(
    "text",
    [
        # no partner after the English noun, no pronoun on the Arabic one: the talks may be anyone's
        "Turkey agreed on Thursday to pause its offensive in northeast Syria for five days, U.S. Vice President "
        "Mike Pence said after the talks.",
        "وافقت تركيا الخميس على تعليق هجومها في شمال سوريا لخمسة أيام، وقال نائب الرئيس الأمريكي مايك بنس "
        "بعد المحادثات إن الاتفاق يشمل انسحاب القوات الكردية.",
    ],
)
def test_talks_not_told_as_the_speakers_are_no_visit_of_his(text):
    events = extract(text, "2019-10-17")
    assert not of_type(events, "visit"), events
    assert all("USA" not in ev["countries"] for ev in of_type(events, "meeting")), events
