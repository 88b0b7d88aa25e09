"""Ties cut on one date and restored on a later one in the same sentence, the restoration joined by
"and", ثم or a verb with و (broke off relations in 1988 and restored them in 1991; قطعت العلاقات
عام 1988 وأعادتاها عام 1991), are two deeds, each on its own time: the cut does not take in the
restoration (`dated_own_clauses.a_later_dated_deed`). The restoration may be told by a pronoun
after the cut's relations (restored them, أعادتاها). With no date of its own, or with the ties not
restored, the sentence tells the cut alone."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.conjunct_dates import joined_second_verb

PUB = "2016-01-04"


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Saudi Arabia and Iran broke off relations in 1988 and restored them in 1991.", "1991"),
        ("Saudi Arabia and Iran broke off relations in 1988 and restored ties in 1991.", "1991"),
        ("قطعت السعودية وإيران العلاقات الدبلوماسية عام 1988 وأعادتاها عام 1991.", "1991"),
        ("قطعت السعودية وإيران العلاقات الدبلوماسية عام 1988 ثم أعادتا العلاقات عام 1991.", "1991"),
        # a circumstance of the cut between the two, its own time not written out
        (
            "Saudi Arabia and Iran broke off relations in 1988, after deadly clashes between Iranian pilgrims "
            "and Saudi security forces in Mecca the previous year, and restored them in 1991.",
            "1991",
        ),
        (
            "قطعت السعودية وإيران العلاقات عام 1988 بعد اشتباكات دامية بين حجاج إيرانيين وقوات الأمن السعودية "
            "في مكة في العام السابق، وأعادتاها عام 1991.",
            "1991",
        ),
    ],
)
def test_ties_restored_later_are_a_deed_of_their_own(text: str, year: str) -> None:
    found = extract(text, PUB)
    assert [e["date"] for e in of_type(found, "sanctions")] == ["1988"], found
    assert [e["date"] for e in of_type(found, "relations")] == [year], found


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia and Iran broke off relations in 1988 and have not restored them since.",
        "Saudi Arabia broke off relations with Iran in 1988 and has refused to restore them.",
        "قطعت السعودية العلاقات مع إيران عام 1988 ورفضت إعادتها.",
        # no relations in the sentence: the pronoun is something else restored
        "The army destroyed the bridges over the river in 1988 and restored them in 1991.",
        "دمر الجيش الجسور عام 1988 وأعادها عام 1991.",
    ],
)
def test_no_restoration_told(text: str) -> None:
    assert of_type(extract(text, PUB), "relations") == []


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        # a month and year written after the later verb dates the later deed, whatever joins it
        ("قطعت السعودية العلاقات مع إيران عام 2016 وأعادتها في مارس 2023.", "2023-03"),
        ("قطعت السعودية العلاقات مع إيران عام 2016 ثم أعادتها في مارس 2023.", "2023-03"),
        ("قطعت السعودية العلاقات مع إيران عام 2016 وأعادتها عام 2023.", "2023"),
        ("قطعت السعودية وإيران العلاقات عام 2016 واستأنفتاها في مارس 2023.", "2023-03"),
        ("Saudi Arabia cut ties with Iran in 2016 and restored them in March 2023.", "2023-03"),
        ("Saudi Arabia cut ties with Iran in 2016 and then restored them in March 2023.", "2023-03"),
    ],
)
def test_a_month_after_the_later_verb_dates_the_restoration(text: str, dated: str) -> None:
    found = extract(text, "2023-06-13")
    assert [e["date"] for e in of_type(found, "sanctions")] == ["2016"], found
    assert [e["date"] for e in of_type(found, "relations")] == [dated], found


@pytest.mark.parametrize(
    ("word", "tense", "joined"),
    [
        ("وأعادتها", "", True),  # a past verb of the lexicon with its object pronoun
        ("وأعاداها", "", True),
        ("واستأنفوها", "", True),
        ("واحتجزت", "past", True),
        # nouns, a present verb, a word with no و
        ("وإعادة", "", False),
        ("والعلاقات", "", False),
        ("ويعيدها", "", False),
        ("أعادتها", "", False),
        ("and restored", "past", False),
    ],
)
def test_a_verb_joined_by_wa(word: str, tense: str, joined: bool) -> None:
    assert joined_second_verb(f"قطعت العلاقات عام 2016 {word} في مارس 2023", 23, tense) is joined
