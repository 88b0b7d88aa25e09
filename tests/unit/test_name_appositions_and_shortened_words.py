"""The parts of an event phrase stand apart across an apposition after a person's name ("named
Yahya Sinwar, its leader in Gaza and the architect of the Oct. 7 attack, as the head"), and the
full stop of a shortened title or month ("Mr.", "Oct. 7") ends no sentence between them."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.text.sentences import is_abbreviation_point


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("the architect of the Oct. 7 attack", "Oct.", True),
        ("Mr. Erdogan said", "Mr.", True),
        ("U.S. officials said", "U.S.", True),
        ("at 9 p.m. local time", "p.m.", True),
        # a sentence's end
        ("He flew to Moscow. Then he left.", "Moscow.", False),
        ("It happened in Oct. Then it ended.", "Oct.", False),
    ],
)
def test_a_shortened_word_ends_no_sentence(text, word, expected):
    dot = text.index(word) + len(word) - 1
    assert is_abbreviation_point(text, dot) is expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Hamas on Tuesday named Yahya Sinwar, its leader in Gaza and the architect of the Oct. 7 attack, "
            "as the head of its political bureau.",
            ["yahya_sinwar"],
        ),
        ("Hamas on Tuesday named Yahya Sinwar, its leader in Gaza, as the head of its political bureau.", ["yahya_sinwar"]),
        # guard: a long stretch after a common noun is no apposition of a name
        (
            "The Palestinian report on Tuesday named 30 officials in Gaza, most of them junior clerks in the ministries of the "
            "enclave, as protests grew in Gaza.",
            [],
        ),
    ],
)
def test_an_apposition_after_a_name_keeps_the_appointment_phrase_whole(text, found):
    assert [e["actor2"] for e in of_type(extract(text, "2024-08-06"), "appointment")] == found
