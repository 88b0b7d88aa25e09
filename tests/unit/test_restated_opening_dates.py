"""A vague time that opens a sentence ("Days after the truce began", "In April") and is restated
right after, set off by commas, by a finer date inside it ("on April 7") dates the main clause
by that finer date, in English as in Arabic."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2022-05-16"


@pytest.mark.parametrize(
    "text",
    [
        "A truce began in Yemen on April 2. Days after the truce began, on April 7, thousands of Yemenis protested in Aden.",
        "A truce began in Yemen on April 2. In April, on April 7, thousands of Yemenis protested in Aden.",
        "وبدأت الهدنة في اليمن يوم 2 أبريل. وبعد أيام من بدء الهدنة، في السابع من أبريل، تظاهر آلاف اليمنيين في عدن.",
    ],
)
def test_the_finer_restated_day(text: str) -> None:
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "protest")] == ["2022-04-07"]

