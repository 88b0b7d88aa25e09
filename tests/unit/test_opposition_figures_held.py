"""An "opposition figure" taken into custody or rounded up is held: the word figure bars a
rounding of numbers only ("rounded up the figures for inflation"), not a person so called, in
English as «الشخصية المعارضة» is in Arabic (data/triggers.json, the arrest row of rounded up:
its `excludes`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2023-05-10"  # a Wednesday


@pytest.mark.parametrize(
    "text",
    [
        "ALGIERS (Reuters) - Algerian police took opposition figure Karim Tabbou into custody on Tuesday.",
        "ANKARA (Reuters) - Turkish police rounded up opposition figures in Istanbul on Tuesday.",
        "الجزائر - اعتقلت الشرطة الجزائرية الشخصية المعارضة كريم طابو يوم الثلاثاء.",
    ],
)
def test_a_figure_taken_into_custody_is_held(text):
    assert [a["date"] for a in of_type(extract(text, PUBLISHED), "arrest")] == ["2023-05-09"]


@pytest.mark.parametrize(
    "text",
    [
        "ANKARA (Reuters) - Turkey's statistics office rounded up the figures for inflation on Tuesday.",
        "ANKARA (Reuters) - The figures were rounded up by the statistics office on Tuesday.",
        "أنقرة - قرّب مكتب الإحصاء التركي أرقام التضخم يوم الثلاثاء.",
    ],
)
def test_figures_rounded_are_no_arrest(text):
    assert not of_type(extract(text, PUBLISHED), "arrest")
