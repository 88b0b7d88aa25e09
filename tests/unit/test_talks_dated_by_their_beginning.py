"""An event word its clause gives no time, followed by its complement and a relative clause of
its beginning ("talks between the two sides, which began on March 4"; "مفاوضات مع الوسطاء، التي
بدأت في 4 مارس"): the time of that clause dates the event, the point of an abbreviated month
("Oct. 25") ending no clause. So does it past the names of the talks' brokers ("talks mediated
by ..., which first brought the two rivals together on Nov. 26"), unless the relative tells a
broker's own deed; and a relative of a truce's lasting since a time ("a ceasefire that had held
since 1991", «الهدنة التي صمدت منذ عام 1991») tells when it was reached."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("The accord followed talks between the two sides, which began on March 4 in Geneva.", "2022-11-03", "2022-03-04"),
        (
            "The accord was announced after peace talks between the rival armies, which began on Oct. 25 in Nairobi.",
            "2022-11-03",
            "2022-10-25",
        ),
        ("ووقع الطرفان الاتفاق عقب مفاوضات مع الوسطاء، التي بدأت في 4 مارس في جنيف.", "2022-11-03", "2022-03-04"),
    ],
)
def test_talks_take_the_day_they_began(text: str, published: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "meeting")] == [date]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # a time after the clause of beginning is another clause's
        ("The accord followed talks between the two sides, which began in Geneva, and was signed on March 4.", "2022-11-03"),
        ("وجاء الاتفاق عقب مفاوضات مع الوسطاء، التي بدأت في جنيف، ووقع في 4 مارس.", "2022-11-03"),
    ],
)
def test_a_time_outside_the_clause_of_beginning_does_not_date_the_talks(text: str, published: str) -> None:
    assert all(e["date"] != "2022-03-04" for e in of_type(extract(text, published), "meeting"))


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # past the names of its brokers, commas between them, a relative of its first sitting
        (
            "The accord followed talks in Cairo mediated by Egyptian President Abdel Fattah al-Sisi, Qatari Emir "
            "Tamim bin Hamad and UN envoy Martin Griffiths, which first brought the two rivals together on March 4.",
            "2022-11-03",
            "2022-03-04",
        ),
        ("The accord followed talks mediated by Egypt and Qatar, which began on March 4.", "2022-11-03", "2022-03-04"),
        ("ووقع الطرفان الاتفاق عقب محادثات بوساطة مصر وقطر التي بدأت في 4 مارس.", "2022-11-03", "2022-03-04"),
    ],
)
def test_talks_past_their_brokers_take_the_day_they_began(text: str, published: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "meeting")] == [date]


def test_a_brokers_own_deed_does_not_date_the_talks() -> None:
    text = "The accord followed talks mediated by Egypt, which opened its Rafah crossing on March 4."
    assert all(e["date"] != "2022-03-04" for e in of_type(extract(text, "2022-11-03"), "meeting"))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a relative of its lasting since a time: reached then
        ("The Polisario declared an end to a ceasefire with Morocco that had held since 1991.", "1991"),
        ("The Polisario ended a truce with Morocco that had been in place since 1991.", "1991"),
        ("وأعلنت جبهة البوليساريو إنهاء الهدنة مع المغرب التي صمدت منذ عام 1991.", "1991"),
        ("وأعلنت جبهة البوليساريو إنهاء الهدنة مع المغرب التي كانت سارية منذ عام 1991.", "1991"),
        # a stretch of its lasting, no time it began: the news of the day
        ("The Polisario declared an end to a ceasefire with Morocco that had held for three decades.", "2021-08-24"),
        ("وأعلنت جبهة البوليساريو إنهاء الهدنة مع المغرب التي صمدت ثلاثة عقود.", "2021-08-24"),
        # a comparison since a year is no time of its own
        ("The Polisario declared an end to a ceasefire with Morocco, the first such step since 1991.", "2021-08-24"),
    ],
)
def test_a_truce_lasting_since_a_time_was_reached_then(text: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, "2021-08-24"), "ceasefire")] == [date]
