"""A count written with a separator of thousands ("more than 6,000 people", «أكثر من 6,000 شخص»)
is one figure: the comma inside it ends no count, so the names listed after it ("on Sunday, among
them the commander of Incirlik air base, Gen. Bekir Ercan Van") name the persons held, and the
arrest stands; a count with no name after it stays no event (events/assemble/crowds.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2016-07-17"  # a Sunday


@pytest.mark.parametrize(
    "text",
    [
        "ANKARA (AP) — Turkish authorities detained more than 6,000 people on Sunday, among them the commander"
        " of Incirlik air base, Gen. Bekir Ercan Van.",
        "ANKARA (AP) — Turkish authorities detained more than 6,000 people on Sunday, including Gen. Bekir Ercan"
        " Van, the commander of Incirlik air base.",
        "أنقرة - اعتقلت السلطات التركية أكثر من 6,000 شخص يوم الأحد، بينهم قائد قاعدة إنجرليك الجنرال بكير أرجان فان.",
    ],
)
def test_names_after_a_count_in_thousands_are_held(text):
    assert [a["date"] for a in of_type(extract(text, PUBLISHED), "arrest")] == [PUBLISHED]


@pytest.mark.parametrize(
    "text",
    [
        "ANKARA (AP) — Turkish authorities detained more than 6,000 people on Sunday.",
        "MOSCOW (Reuters) - Russian police detained more than 1,700 in Moscow on Sunday.",
        "أنقرة - اعتقلت السلطات التركية أكثر من 6,000 شخص يوم الأحد.",
    ],
)
def test_a_count_in_thousands_alone_is_no_arrest(text):
    assert not of_type(extract(text, PUBLISHED), "arrest")
