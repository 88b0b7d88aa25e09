"""Measures a state took against another, told by an English relative with no pronoun, are
sanctions, as the Arabic relative of measures taken is: 'defended on Sunday the decisions it took
against Qatar' is Saudi Arabia's measure against Qatar, as 'دافعت السعودية الأحد عن القرارات التي
اتخذتها ضد قطر' is; steps taken against corruption are none."""

from __future__ import annotations

import pytest
from test_extraction_support import asserted_words, extract, of_type

JUNE = "2017-06-11"


@pytest.mark.parametrize(
    "text",
    [
        "Saudi Arabia defended on Sunday the decisions it took against Qatar.",
        "Saudi Arabia defended on Sunday the measures the kingdom took against Qatar.",
        "دافعت السعودية الأحد عن القرارات التي اتخذتها ضد قطر.",
        "Saudi Arabia defended on Sunday the measures taken against Qatar.",
    ],
)
def test_measures_a_state_took_against_another_are_sanctions(text: str) -> None:
    found = of_type(extract(text, JUNE), "sanctions")
    assert found and {"SAU", "QAT"} <= set(found[0]["countries"]), found


def test_the_english_relative_is_read_as_the_arabic_one() -> None:
    assert asserted_words("The mufti said the decisions the kingdom took against Qatar serve Muslims.", "sanctions") == ["took"]


@pytest.mark.parametrize(
    "text",
    [
        "The minister defended on Sunday the steps he took against corruption.",
        "دافع الوزير الأحد عن الخطوات التي اتخذها ضد الفساد.",
    ],
)
def test_steps_against_corruption_are_no_sanctions(text: str) -> None:
    assert not of_type(extract(text, JUNE), "sanctions")
