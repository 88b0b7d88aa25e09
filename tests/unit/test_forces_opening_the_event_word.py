"""Armed forces named by a country's adjective and a word of forces that opens the event word are
its doer, in English as in Arabic: 'random Qatari military operations' are Qatar's, as
'العمليات العسكرية القطرية العشوائية' are, and 'Turkish military operations in Syria' Turkey's, as
'العمليات العسكرية التركية في سوريا' are; a name that ends inside an event word with no word of
forces ('President Donald Trump's visit to Riyadh') takes no new part."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

MAY = "2018-05-17"


@pytest.mark.parametrize(
    ("text", "doer_country"),
    [
        ("The UAE is concerned about the risks to civil aviation because of random Qatari military operations.", "QAT"),
        ("Residents fled because of Turkish military operations in Syria.", "TUR"),
        ("أعربت الإمارات عن قلقها من المخاطر على الطيران المدني بسبب العمليات العسكرية القطرية العشوائية.", "QAT"),
        ("فر السكان بسبب العمليات العسكرية التركية في سوريا.", "TUR"),
    ],
)
def test_forces_opening_the_event_word_are_its_doer(text: str, doer_country: str) -> None:
    attacks = of_type(extract(text, MAY), "attack")
    assert attacks and doer_country in attacks[0]["countries"], attacks


def test_a_person_ending_inside_an_event_word_takes_no_new_part() -> None:
    visits = of_type(extract("U.S. President Donald Trump's visit to Riyadh on Saturday drew crowds.", MAY), "visit")
    assert visits and visits[0]["actor1"] == "donald_trump" and visits[0]["actor2"] == "SAU", visits
