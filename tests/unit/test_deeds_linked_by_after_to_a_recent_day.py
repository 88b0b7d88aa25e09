"""A deed with no date of its own linked by a word of after to a deed dated by a day just before
the publication takes that day, not the publication's: told a few words after the word of after
that closes the dated clause, it is that deed's cause, done on that day or shortly before ("Trump
announced it on Sunday after Israel's cabinet approved the agreement", "استدعت الخارجية، أمس،
السفير إثر مقتل جنود في هجوم"); told before a word of after and a day of the publication's month,
it came right after that day's deed ("احتجزت السلطات ... بعد استدعائه للتحقيق أمس الأحد").
A span counted before the word of after counts back from the day instead (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2019-06-04"  # a Tuesday


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "U.S. President Donald Trump announced it on Sunday after Israel's security cabinet approved the agreement.",
            "ratification",
            "2019-06-02",
        ),
        (
            "استدعت الخارجية المصرية، أمس، السفير الإسرائيلي إثر مقتل ثلاثة جنود مصريين في هجوم على الحدود.",
            "attack",
            "2019-06-03",
        ),
        (
            "Bahraini authorities detained opposition leader Ali Salman after summoning him for questioning on Sunday.",
            "arrest",
            "2019-06-02",
        ),
        ("احتجزت السلطات البحرينية زعيم المعارضة علي سلمان بعد استدعائه للتحقيق أمس الأحد.", "arrest", "2019-06-02"),
    ],
)
def test_a_deed_linked_by_after_takes_the_recent_day(text, event_type, date) -> None:
    found = of_type(extract(text, PUBLISHED), event_type)
    assert [(e["date"], e["date_precision"]) for e in found] == [(date, "day")]


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        (
            "Jordan recalled its ambassador from Israel on Sunday, two days after Israeli troops attacked worshippers in Jerusalem.",
            "attack",
            "2019-05-31",
        ),
        ("استدعت الأردن سفيرها لدى إسرائيل يوم الأحد بعد يومين من غارات إسرائيلية على غزة.", "attack", "2019-05-31"),
    ],
)
def test_a_counted_span_counts_back_instead(text, event_type, date) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), event_type)] == [date]


def test_a_day_opening_the_sentence_is_the_main_clause_s() -> None:
    """"On Monday, ...": the opening day dates the main clause, not the cause told after it."""
    text = "On Sunday, Moroccan authorities removed the mayor of Fez from office after he was arrested on corruption charges."
    assert all(e["date"] != "2019-06-02" for e in of_type(extract(text, PUBLISHED), "arrest"))


@pytest.mark.parametrize(
    ("text", "event_type", "date"),
    [
        # a visit, a deed of a day, told after a day further back is that day's
        ("Erdogan announced on May 17, after hosting Niinisto in Ankara, that Turkey would begin ratifying.", "visit", "2019-05-17"),
        ("Erdogan spoke to reporters on May 17 after visiting Doha.", "visit", "2019-05-17"),
        # another deed told after a day further back may lie weeks before it: not dated by that day
        ("Sisi was sworn in on May 17 after winning the presidential election in Egypt.", "election", None),
    ],
)
def test_a_visit_linked_by_after_takes_a_day_further_back(text, event_type, date) -> None:
    dates = [e["date"] for e in of_type(extract(text, PUBLISHED), event_type)]
    assert (dates == [date]) if date else ("2019-05-17" not in dates), dates
