"""A deed told "within hours" (في غضون ساعات) is dated by the time told before it; the
National Liberation Front of an Algerian story is Algeria's FLN, and of a Syrian one the Syrian
front; a party that swept the first round took part in a round held then."""

from __future__ import annotations

import pytest
from test_extraction_support import actors_and_countries, extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "Belaid was shot dead outside his home in Tunis on Wednesday morning by a gunman. "
            "Within hours, thousands of people demonstrated in towns across Tunisia.",
            ["2013-02-06"],
        ),
        (
            "اغتيل المعارض التونسي شكري بلعيد أمام منزله في تونس صباح الأربعاء. "
            "وفي غضون ساعات، خرج آلاف المتظاهرين في مدن تونسية عدة.",
            ["2013-02-06"],
        ),
    ],
)
def test_within_hours_takes_the_time_told_before(text, dates):
    assert [e["date"] for e in of_type(extract(text, "2013-02-09"), "protest")] == dates


@pytest.mark.parametrize(
    ("text", "country", "other"),
    [
        (
            "Boudiaf, one of the founders of the National Liberation Front that launched the 1954 war of "
            "independence against France, returned to Algeria in January.",
            "DZA",
            "SYR",
        ),
        (
            "The National Liberation Front, a coalition of rebel groups backed by Turkey, attacked Syrian "
            "troops in Idlib on Monday.",
            "SYR",
            "DZA",
        ),
    ],
)
def test_the_national_liberation_front_of_the_story(text, country, other):
    _actors, countries = actors_and_countries(extract(text, "2019-06-30"))
    assert country in countries
    assert other not in countries


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        (
            "The generals cancelled the second round of a parliamentary election that Algeria's Islamic "
            "Salvation Front was poised to win after it swept the first round on December 26.",
            ["1991-12-26"],
        ),
        ("Algeria's Mahrez won the first round of the tennis match on Monday.", []),
    ],
)
def test_a_round_swept(text, dates):
    assert [e["date"] for e in of_type(extract(text, "1992-06-30"), "election")] == dates
