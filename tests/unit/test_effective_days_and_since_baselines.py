"""A weekday after a word of taking effect ("as of Monday evening") is still to come, unless its
clause is told in the English past perfect ("had reopened its border as of Monday evening"): the
measure took effect before the telling. A count of days in a later sentence ("a day earlier")
runs from the story's own time, not from a time in a clause of since, the baseline of a
comparison; in the since clause's own sentence it may run from it."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.temporal import find_dates

PUB = "2021-01-05"  # a Tuesday


def _values(text: str, expression: str, language: str = "en") -> list[str]:
    return [m.value for m in find_dates(text, PUB, language) if m.text == expression]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The minister said that Saudi Arabia had reopened its border to Qatar as of Monday evening.", "2021-01-04"),
        ("Saudi Arabia will reopen its border to Qatar as of Monday evening.", "2021-01-11"),
        ("The curfew, which the army had imposed last week, will be lifted as of Monday evening.", "2021-01-11"),
    ],
)
def test_a_day_of_taking_effect(text: str, value: str) -> None:
    assert _values(text, "Monday evening") == [value]


def test_a_later_count_runs_from_the_story_s_time() -> None:
    text = (
        "Gulf leaders met in AlUla on Tuesday. It was the emir's first visit to the kingdom since Saudi Arabia, the UAE, "
        "Bahrain and Egypt imposed a boycott on Qatar in June 2017. The breakthrough came a day earlier, when Kuwait said "
        "that Saudi Arabia had reopened its border to Qatar."
    )
    assert [e["date"] for e in of_type(extract(text, PUB), "relations")] == ["2021-01-04"]


def test_the_since_clause_s_own_sentence_counts_from_it() -> None:
    text = (
        "وتمر العلاقات بين لندن وطهران بأسوأ مراحلها منذ اقتحام محتجين مجمّع السفارة البريطانية في طهران في 29 نوفمبر، "
        "وهو ما ردت عليه الحكومة البريطانية في اليوم التالي بإغلاق السفارة الإيرانية في لندن وطرد جميع دبلوماسييها."
    )
    assert "2020-11-30" in [e["date"] for e in of_type(extract(text, PUB), "sanctions")]


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        # "had" in another clause, or before "to" or a modal: the day still to come
        (
            "Kuwait, which had mediated for years, said Saudi Arabia would reopen its border to Qatar as of Tuesday evening.",
            "2021-01-04",
            "Tuesday evening",
            "2021-01-05",
        ),
        ("The Saudi foreign ministry said the kingdom had decided to reopen its airspace to Qatar starting Tuesday.", "2021-01-04", "Tuesday", "2021-01-05"),
        # a later time of the sentence of since is the story's own, which a count runs from
        (
            "The ruling party, in power since 1990, won the election in Djibouti on March 3. Two days later, police arrested 20 activists.",
            "2023-03-31",
            "Two days later",
            "2023-03-05",
        ),
        (
            "وتشهد البلاد احتجاجات منذ أكتوبر، وفي 3 مارس اقتحم المحتجون البرلمان. وفي اليوم التالي، أعلنت الحكومة حظر التجول.",
            "2023-03-31",
            "في اليوم التالي",
            "2023-03-04",
        ),
    ],
)
def test_times_the_rules_leave_alone(text: str, published: str, expression: str, value: str) -> None:
    language = "ar" if any("\u0600" <= c <= "\u06ff" for c in text) else "en"
    found = [m.value for m in find_dates(text, published, language) if expression in m.text]
    assert found == [value], found


def test_a_passage_reopened_to_travellers_in_the_past_perfect() -> None:
    text = "Officials said the Rafah crossing had reopened to travellers as of Monday."
    assert [m.value for m in find_dates(text, "2023-03-31", "en") if m.text == "Monday"] == ["2023-03-27"]
