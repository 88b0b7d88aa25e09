"""An event word right after the speaker's verb of saying and a word of time, the speaker's
own by a possessive ("Erdogan said after his re-election ...") or, in Arabic, by a pronoun at
its end ("قال أردوغان بعد انتخابه ..."), is the speaker's event: the speaker is its party, and
its country is the speaker's."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Erdogan said after his re-election in May that the two countries would soon exchange ambassadors.", "TUR"),
        ("قال الرئيس التركي رجب طيب أردوغان بعد انتخابه لولاية جديدة في مايو إن البلدين سيتبادلان السفراء.", "TUR"),
    ],
)
def test_the_speakers_own_election(text, country):
    events = extract(text, "2023-07-05")
    found = of_type(events, "election")
    assert found, events
    assert {(ev["location"] or {}).get("country") for ev in found} == {country}, found
    assert all(country in ev["countries"] for ev in found), found


def test_an_election_the_speaker_does_not_own_keeps_its_own_country():
    text = "Erdogan said after the election in Egypt that relations would improve."
    found = of_type(extract(text, "2023-07-05"), "election")
    assert found and {(ev["location"] or {}).get("country") for ev in found} == {"EGY"}, found
