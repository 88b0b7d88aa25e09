"""One Arabic event word counted as several deeds by the noun before it (عمليتا اغتيال), with
two objects joined by و, each with a date of its own written after it («عمليتا اغتيال
المعارضين شكري بلعيد في 6 فيفري 2013 ومحمد البراهمي في 25 جويلية من العام نفسه»), tells two
deeds, each on its date (events/assemble/conjuncts.py `second_dated_deed`). So does a plural object
right after the word (اغتيال المعارضين شكري بلعيد في ... ومحمد البراهمي في ...) or an English plural
noun before "of" ("the assassinations of Belaid on Feb. 6 and Brahmi on July 25"); a year told
before the word gives way to each object's own day. With no such count, a second verb on the same
object (وأطلقت سراحه، ودفن, "and their release on") tells no second deed of the type."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates

PUBLISHED = "2014-10-31"


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        (
            "قبل أن تهز البلاد عمليتا اغتيال المعارضين التونسيين شكري بلعيد في 6 فيفري 2013 ومحمد البراهمي في 25 جويلية من العام نفسه.",
            "attack",
            ["2013-02-06", "2013-07-25"],
        ),
        # one object, a second verb on it: one deed
        ("اعتقلت الشرطة التونسية الناشط أحمد في 6 فيفري 2013 وأطلقت سراحه في 25 جويلية.", "arrest", ["2013-02-06"]),
        ("اغتيل المعارض التونسي شكري بلعيد في 6 فيفري 2013 ودفن في مقبرة الجلاز في 8 فيفري.", "attack", ["2013-02-06"]),
        # one object and one date
        ("اغتيل المعارض التونسي شكري بلعيد في 6 فيفري 2013 أمام منزله.", "attack", ["2013-02-06"]),
        # a plural object, each of its names with its day, the year told before the word
        (
            "كما هز تونس عام 2013 اغتيال المعارضين اليساريين شكري بلعيد في السادس من فبراير ومحمد البراهمي في 25 يوليو.",
            "attack",
            ["2013-02-06", "2013-07-25"],
        ),
        ("وشهدت تونس اغتيال المعارضين شكري بلعيد في 6 فبراير 2013 ومحمد البراهمي في 25 يوليو 2013.", "attack", ["2013-02-06", "2013-07-25"]),
        (
            "Tunisia was shaken in 2013 by the assassinations of leftist opposition leaders Chokri Belaid on Feb. 6 and Mohamed Brahmi on July 25.",
            "attack",
            ["2013-02-06", "2013-07-25"],
        ),
        (
            "Tunisia was shaken by the killings of opposition leaders Chokri Belaid on Feb. 6, 2013 and Mohamed Brahmi on July 25, 2013.",
            "attack",
            ["2013-02-06", "2013-07-25"],
        ),
        # a plural object with no names before its day, or told again by a pronoun: one deed
        ("وشهدت مصر اعتقال الناشطين في 28 نوفمبر 2013 وإطلاق سراحهم في 23 مارس 2014.", "arrest", ["2013-11-28"]),
        ("وشهدت مصر اعتقال الناشطين أحمد وعلي في 28 نوفمبر 2013 وإطلاق سراحهما في 23 مارس 2014.", "arrest", ["2013-11-28"]),
        ("The arrests of Egyptian activists Ahmed Maher on Nov. 28, 2013 and their release on March 23, 2014 drew criticism.", "arrest", ["2013-11-28"]),
    ],
)
def test_each_counted_object_on_its_own_date(text: str, event_type: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, PUBLISHED), event_type)) == dates


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a month shortened with a full stop ends no sentence: the year told before still holds
        ("Tunisia was shaken in 2013 by the killings of Chokri Belaid on Feb. 6 and Mohamed Brahmi on July 25.", "2013-07-25"),
        ("In 2013 the U.S. army left the base on July 25.", "2013-07-25"),
        # a sentence ended before: the publication's year
        ("The army left in 2013. Talks were held on July 25.", "2014-07-25"),
    ],
)
def test_a_shortened_word_keeps_the_year_of_its_sentence(text: str, value: str) -> None:
    assert value in [d.value for d in find_dates(text, "2015-03-19")]
