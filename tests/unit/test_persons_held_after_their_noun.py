"""A participle of holding right after a noun of a person, as its reduced relative clause ("the
Bahraini dissident detained in prison Nabeel Rajab"), names the person by a state, as
«المعارض البحريني المحتجز في السجن نبيل رجب» does: no arrest on the sentence's day. With a time
of its own in its clause, or as a finite verb, it still tells an arrest (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "The council of Paris on Wednesday approved granting the Bahraini dissident detained in prison Nabeel Rajab "
        "the honorary citizenship of the city.",
        "وافق الأربعاء مجلس بلدية باريس على منح المعارض البحريني المحتجز في السجن نبيل رجب المواطنة الشرفية للمدينة.",
        "Paris on Wednesday honoured Nabeel Rajab, an activist detained in Bahrain.",
        "كرمت باريس الأربعاء نبيل رجب، الناشط المحتجز في البحرين.",
    ],
)
def test_a_person_held_named_after_the_noun_is_no_arrest(text: str) -> None:
    found = of_type(extract(text, "2018-06-07"), "arrest")
    assert not found, found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("The activist detained in Cairo on Monday was released on Wednesday.", "2018-06-04"),
        ("Police arrested the activist in Cairo on Tuesday.", "2018-06-05"),
        ("اعتقلت الشرطة الناشط في القاهرة يوم الثلاثاء.", "2018-06-05"),
        ("Paris honoured the activist detained in Bahrain since 2016.", "2016"),
    ],
)
def test_a_held_person_with_a_time_of_its_own_is_still_arrested(text: str, date: str) -> None:
    found = of_type(extract(text, "2018-06-07"), "arrest")
    assert date in [e["date"] for e in found], found
