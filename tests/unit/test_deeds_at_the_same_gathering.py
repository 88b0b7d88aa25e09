"""A deed told "at the same ceremony", "في الحفل نفسه", "في الاجتماع نفسه" took place at the
gathering of one sitting the text told before: on its day (calendar.json `same_as_before`,
`day`). An event word inside the phrase ("at the same meeting") takes that gathering up again:
no new deed on its day."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


@pytest.mark.parametrize(
    ("text", "published", "kind", "day"),
    [
        (
            "The accord was signed on Sept. 15 in Washington by Netanyahu and the Emirati foreign minister. "
            "A similar declaration establishing relations with Bahrain was signed at the same ceremony.",
            "2020-10-15",
            "agreement",
            "2020-09-15",
        ),
        (
            "The ministers met in Cairo on Sunday. Egypt and Sudan signed a border deal at the same meeting.",
            "2020-10-15",
            "agreement",
            "2020-10-11",
        ),
        (
            "وعقد وزراء الخارجية اجتماعا في القاهرة يوم 8 أبريل. ووقعت مصر والسودان في الاجتماع نفسه اتفاقية لترسيم الحدود.",
            "2020-10-15",
            "agreement",
            "2020-04-08",
        ),
        (
            "أقيم حفل في الرياض يوم 8 أبريل بحضور وزيري خارجية مصر والسعودية. ووقع البلدان في الحفل نفسه اتفاقية لترسيم الحدود.",
            "2020-10-15",
            "agreement",
            "2020-04-08",
        ),
    ],
)
def test_a_deed_at_the_same_gathering_takes_its_day(text, published, kind, day):
    assert {e["date"] for e in of_type(extract(text, published), kind)} == {day}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a gathering like the one told, not the same one
        ("The accord was signed on Sept. 15. A similar declaration was signed at a later ceremony.", "a later ceremony"),
        ("وقع الاتفاق في 15 سبتمبر. ووقع إعلان مماثل في حفل آخر.", "حفل آخر"),
    ],
)
def test_another_gathering_takes_no_day(text, phrase):
    assert phrase not in {d.text for d in find_dates(text, "2020-10-15")}


@pytest.mark.parametrize(
    "text",
    [
        "وعقد وزراء الخارجية العرب اجتماعا طارئا في القاهرة أمس الأحد. وقررت الجامعة في الاجتماع نفسه تعليق عضوية سوريا.",
        "The foreign ministers held a meeting in Cairo on Sunday. Egypt's minister spoke at the same meeting.",
    ],
)
def test_the_gathering_named_in_the_phrase_is_no_second_one(text):
    assert len(of_type(extract(text, "2020-10-15"), "meeting")) == 1
