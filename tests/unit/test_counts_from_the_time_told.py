"""A time counted from the time told before it ("A month later", "بعد ذلك بساعات", "بعد ساعات من
هذه التصريحات", "hours after these remarks") runs from the last time the story tells that a count
can run from: not a year naming a noun's event ("bound by the 1991 ceasefire"), nor a time still to
come at the publication ("أيار/مايو المقبل"); and a count from a demonstrative noun phrase runs from
the time of the sentence that told that noun."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates


def _values(text: str, published: str) -> dict[str, str]:
    return {m.text: m.value for m in find_dates(text, published)}


@pytest.mark.parametrize(
    ("text", "published", "phrase", "value"),
    [
        # a time still to come is passed over
        (
            "وقعت الاشتباكات في الثالث من مارس/آذار، ومن المقرر أن تعقد القمة في أيار/مايو المقبل. "
            "واعتقلت الشرطة العشرات بعد ذلك بساعات.",
            "2021-04-10",
            "بعد ذلك بساعات",
            "2021-03-03",
        ),
        # a demonstrative noun phrase: from the time of the sentence that told the noun
        (
            "وصدرت تصريحات عن وزير الخارجية القطري هذا الشهر تنتقد الحكومة المصرية. وقال الوزير في مقابلة "
            "إن الحوار مطلوب. واتصل أمير قطر بالرئيس المصري بعد ساعات من هذه التصريحات.",
            "2021-04-10",
            "بعد ساعات من هذه",
            "2021-04",
        ),
        (
            "The Egyptian minister made the remarks on March 3. He said dialogue was needed. "
            "The Qatari emir phoned the Egyptian president hours after these remarks.",
            "2021-04-10",
            "hours after these",
            "2021-03-03",
        ),
        # a year naming a noun's event is passed over
        (
            "Tensions escalated in November last year, when Moroccan troops moved into the buffer zone. "
            "The Polisario said it was no longer bound by the 1991 U.N.-brokered ceasefire.\n\n"
            "A month later, Morocco normalised relations with Israel.",
            "2021-08-25",
            "A month later",
            "2020-12",
        ),
    ],
)
def test_a_count_runs_from_the_time_the_story_tells(text: str, published: str, phrase: str, value: str) -> None:
    assert _values(text, published).get(phrase) == value


@pytest.mark.parametrize(
    ("text", "published", "phrase"),
    [
        # a year that sets the story's time is no noun's: a month counted from it names no month
        ("Protests began in Algeria in 2019. A month later, the army arrested the president's brother.", "2021-08-25", "A month later"),
        # a noun taken up that was never told: nothing to count from
        ("واتصل أمير قطر بالرئيس المصري بعد ساعات من هذه التصريحات.", "2021-04-10", "بعد ساعات من هذه"),
    ],
)
def test_no_time_to_count_from_dates_nothing(text: str, published: str, phrase: str) -> None:
    assert phrase not in _values(text, published)


@pytest.mark.parametrize(
    ("text", "published", "event_type", "date"),
    [
        (
            "وصدرت تصريحات عن وزير الخارجية القطري هذا الشهر تنتقد الحكومة المصرية. وقال الوزير في مقابلة "
            "إن الحوار مطلوب. واتصل أمير قطر بالرئيس المصري بعد ساعات من هذه التصريحات.",
            "2021-04-10",
            "meeting",
            "2021-04",
        ),
        (
            "The Egyptian minister made the remarks on March 3. He said dialogue was needed. "
            "The Qatari emir phoned the Egyptian president hours after these remarks.",
            "2021-04-10",
            "meeting",
            "2021-03-03",
        ),
        (
            "Tensions escalated in November last year, when Moroccan troops moved into the Guerguerat buffer zone. "
            "The Polisario said it no longer considered itself bound by the 1991 U.N.-brokered ceasefire.\n\n"
            "A month later, Morocco normalised relations with Israel in a deal brokered by the United States.",
            "2021-08-25",
            "relations",
            "2020-12",
        ),
    ],
)
def test_the_deed_counted_takes_that_time(text: str, published: str, event_type: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), event_type)] == [date]
