"""The clause around an event word, the date written in a catalogued event's name and the
stretch of a later deed's clause are remembered for the last few texts asked about: asked
again, the answer is the same; asked about another text at the same offsets, it is that
text's own; and the memory is bounded."""

from __future__ import annotations

import pytest

from events.assemble.before_clauses import later_deed_stretch
from events.assemble.text import _clause
from events.assemble.told_precision import date_in_the_name


def _span(text: str, word: str) -> tuple[int, int]:
    start = text.index(word)
    return start, start + len(word)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the saying's day and the relative clause after a comma are other clauses
        ("On Monday, the minister said that Riyadh cut ties with Tehran, which denied it.", "cut", (10, 61)),
        ("قال الوزير، الاثنين، إن الرياض قطعت العلاقات مع طهران، وهو ما نفته.", "قطعت", (20, 53)),
        # no clause punctuation: the whole sentence
        ("The minister said Riyadh cut ties with Tehran.", "cut", (0, 46)),
        ("قال الوزير إن الرياض قطعت العلاقات مع طهران.", "قطعت", (0, 44)),
    ],
)
def test_the_clause_is_the_same_when_asked_again(text: str, word: str, expected: tuple[int, int]) -> None:
    sentence, trigger = (0, len(text)), _span(text, word)
    assert _clause(text, sentence, trigger) == expected
    assert _clause(text, sentence, trigger) == expected


@pytest.mark.parametrize(
    ("first", "second", "word"),
    [
        # the same offsets in two texts: a comma in one, none in the other
        ("Riyadh, he said cut ties with Tehran.", "Riyadh he said, cut ties with Tehran.", "cut"),
        ("قال، إن الرياض قطعت العلاقات مع طهران", "قال إن الرياض، قطعت العلاقات مع طهران", "قطعت"),
    ],
)
def test_the_clause_of_another_text_at_the_same_offsets_is_its_own(first: str, second: str, word: str) -> None:
    assert _span(first, word) == _span(second, word)
    sentence, trigger = (0, len(first)), _span(first, word)
    assert _clause(first, sentence, trigger) != _clause(second, sentence, trigger)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("the 2015 nuclear deal was signed", "nuclear deal", ("2015", "year")),
        ("ذكرى انقلاب 2013 في مصر", "انقلاب 2013", ("2013", "year")),
        ("Protesters marked the January 2011 revolution", "revolution", ("2011-01", "month")),
        # near-misses: no year in the name, or a day of its own
        ("the nuclear deal was signed", "nuclear deal", None),
        ("ذكرى الانقلاب في مصر", "الانقلاب", None),
        ("هجمات 11 سبتمبر 2001", "هجمات 11 سبتمبر 2001", None),
    ],
)
def test_the_date_in_the_name_is_the_same_when_asked_again(text: str, word: str, expected: tuple[str, str] | None) -> None:
    assert date_in_the_name(text, _span(text, word)) == expected
    assert date_in_the_name(text, _span(text, word)) == expected


@pytest.mark.parametrize(
    ("first", "second", "word", "years"),
    [
        ("the 2015 nuclear deal was signed", "the 2019 nuclear deal was signed", "nuclear deal", ("2015", "2019")),
        ("ذكرى انقلاب 2013 في مصر", "ذكرى انقلاب 2016 في مصر", "انقلاب", ("2013", "2016")),
    ],
)
def test_the_date_in_the_name_of_another_text_is_its_own(first: str, second: str, word: str, years: tuple[str, str]) -> None:
    trigger = (first.index(word), first.index(word) + len(word) + (5 if word == "انقلاب" else 0))
    assert date_in_the_name(first, trigger) == (years[0], "year")
    assert date_in_the_name(second, trigger) == (years[1], "year")


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The two countries cut ties before they restored them in 2023.", "restored", (33, 60)),
        ("قطعت علاقاتها مع قطر قبل أن تعيد العلاقات معها عام 2023", "تعيد", (27, 55)),
        # near-misses: no opener of a later deed before the word
        ("The two countries restored ties in 2023.", "restored", None),
        ("أعادت العلاقات مع قطر عام 2023", "أعادت", None),
    ],
)
def test_the_later_deeds_stretch_is_the_same_when_asked_again(text: str, word: str, expected: tuple[int, int] | None) -> None:
    start = text.index(word)
    assert later_deed_stretch(text, (0, len(text)), start) == expected
    assert later_deed_stretch(text, (0, len(text)), start) == expected


@pytest.mark.parametrize("function", [_clause, date_in_the_name, later_deed_stretch])
def test_the_memory_is_bounded(function) -> None:  # type: ignore[no-untyped-def]
    assert function.cache_info().maxsize is not None
