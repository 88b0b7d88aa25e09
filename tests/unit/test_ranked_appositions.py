"""The names of the since-clause of an apposition that ranks an event (", the first vote since
U.S. troops withdrew") are when the count starts: no party of the event, nor a second event of
theirs. Names before the apposition and since-clauses of other shapes keep their part."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "countries"),
    [
        (
            "Provincial elections were held on Saturday in 12 of Iraq's 18 provinces, "
            "the first vote since U.S. troops withdrew at the end of 2011.",
            "election",
            [{"IRQ"}],
        ),
        (
            "Voters in Tunisia went to the polls on Sunday, the first election since Ben Ali fled to Saudi Arabia.",
            "election",
            [{"TUN"}],
        ),
    ],
)
def test_the_since_clause_of_a_ranked_apposition_names_no_party(text, event_type, countries):
    found = of_type(extract(text, "2013-04-24"), event_type)
    assert [set(e["countries"]) for e in found] == countries, found


def test_a_since_clause_outside_an_apposition_is_untouched():
    found = of_type(extract("Qatar and Saudi Arabia restored ties on Tuesday, three years after they were cut.", "2021-01-07"), "relations")
    assert [sorted(e["countries"]) for e in found] == [["QAT", "SAU"]], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank inside the clause, with no comma: the count's start is neither party nor time
        ("Iraqis voted on Sunday in the fifth parliamentary vote since the 2003 U.S.-led invasion.", [("2021-10-10", {"IRQ"})]),
        ("It was the fifth parliamentary vote since the 2003 U.S.-led invasion that toppled Saddam Hussein.", [("2021-10-12", {"IRQ"})]),
        ("وصوت العراقيون الأحد في الانتخابات البرلمانية الخامسة منذ الغزو الأمريكي عام 2003.", [("2021-10-10", {"IRQ"})]),
    ],
)
def test_a_ranked_vote_since_a_catalogued_deed_is_of_its_own_time(text, expected):
    found = of_type(extract(text, "2021-10-12"), "election")
    assert [(e["date"], set(e["countries"])) for e in found] == expected, found


def test_a_ranked_subject_keeps_the_names_after_its_verb():
    # the since-phrase of a subject ends at its verb: Syria is where the convoy went
    found = of_type(extract("The first UN aid convoy since the quake crossed into Syria on Thursday.", "2023-02-13"), "aid")
    assert [e["location"]["country"] for e in found] == ["SYR"], found


@pytest.mark.parametrize(
    "text",
    [
        "It was the fifth parliamentary vote since the 2003 U.S.-led invasion that toppled Saddam Hussein.",
        "وصوت العراقيون في الانتخابات الخامسة منذ الغزو الأمريكي عام 2003.",
    ],
)
def test_the_invasion_the_count_starts_from_is_told(text):
    found = of_type(extract(text, "2021-10-12"), "attack")
    assert [(e["date"], sorted(e["countries"])) for e in found] == [("2003", ["GBR", "IRQ", "USA"])], found


def test_a_name_ending_in_an_arabic_ordinal_ranks_nothing():
    # «الملك عبد الله الثاني»: a king's number, no comparison before منذ
    found = of_type(extract("يزور العاهل الأردني الملك عبد الله الثاني واشنطن منذ الأحد في زيارة رسمية.", "2024-02-14"), "visit")
    assert [e["date"] for e in found] == ["2024-02-11"], found
