"""Words of the time told before ("at the time", «آنذاك», «في ذلك الوقت») date a deed by the time
expression the article gave just before them, at that expression's own precision; followed by a
word that names another time ("at the time of the vote"), or with that time told further back than
the sentence before theirs, they take up nothing."""

from __future__ import annotations

from test_extraction_support import extract, of_type

from events.temporal import find_dates

PUB = "2024-03-13"


def _dates(text: str) -> list[tuple[str, str]]:
    return [
        (m.text, m.value) for m in find_dates(text, PUB, "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en")
    ]


# (text, the expression as found, its value); a value of None: the expression is no date
DATES = [
    ("Students marched in the capital in May 2019. Police arrested dozens at the time.", "at the time", "2019-05"),
    (
        "Students marched in the capital on 4 May 2019. At that time police arrested dozens.",
        "At that time",
        "2019-05-04",
    ),
    ("تظاهر الطلاب في العاصمة في مايو 2019. واعتقلت الشرطة العشرات آنذاك.", "آنذاك", "2019-05"),
    ("تظاهر الطلاب في العاصمة عام 2019. واعتقلت الشرطة العشرات في ذلك الوقت.", "في ذلك الوقت", "2019"),
    ("تظاهر الطلاب في العاصمة في مايو 2019. واعتقلت الشرطة العشرات حينذاك.", "حينذاك", "2019-05"),
    # a time told further back than the sentence before is no longer the one spoken of
    (
        "Students marched in the capital in May 2019. The rally was large. Police arrested dozens at the time.",
        "at the time",
        None,
    ),
    ("تظاهر الطلاب في العاصمة في مايو 2019. وكانت المسيرة كبيرة. واعتقلت الشرطة العشرات آنذاك.", "آنذاك", None),
    # another time named after the words
    ("Students marched in the capital in May 2019. Police were absent at the time of the rally.", "at the time", None),
]


def test_words_of_the_time_told_before_resolved() -> None:
    wrong = []
    for text, expression, value in DATES:
        found = _dates(text)
        if value is None and [d for d in found if expression in d[0]]:
            wrong.append((text, found))
        if value is not None and (expression, value) not in found:
            wrong.append((text, found))
    assert not wrong, wrong


# (text, event type, its date)
DEEDS = [
    (
        "In March 2011 thousands of opposition supporters marched in Djibouti. Several of their leaders were arrested at the time.",
        "arrest",
        "2011-03",
    ),
    (
        "في مارس 2011 خرج آلاف من أنصار المعارضة إلى شوارع جيبوتي. واعتقلت السلطات عددا من قادتهم آنذاك.",
        "arrest",
        "2011-03",
    ),
]


def test_deeds_take_the_time_told_before() -> None:
    wrong = []
    for text, event_type, date in DEEDS:
        dates = [e["date"] for e in of_type(extract(text, PUB), event_type)]
        if dates[-1:] != [date]:
            wrong.append((text, dates))
    assert not wrong, wrong
