"""Treaties named in the plural ("ratified the treaties", "signed two treaties") satisfy the words
a deed about a treaty needs, as one treaty does; the Arabic plural («معاهدات») already shares its
stem with the singular."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        ("Israel and Jordan ratified the treaties in November.", "2022-10-04", ["2021-11"]),
        (
            "Russia's upper house ratified the treaties on Tuesday, a day after the State Duma ratified them on Monday.",
            "2022-10-04",
            ["2022-10-03", "2022-10-04"],
        ),
        ("صادق البرلمان الأردني على المعاهدات في نوفمبر.", "2022-10-04", ["2021-11"]),
    ],
)
def test_treaties_in_the_plural_are_ratified(text: str, published: str, dates: list[str]) -> None:
    found = of_type(extract(text, published), "ratification")
    assert sorted(e["date"] for e in found) == dates, found


def test_treaties_only_studied_are_not_ratified() -> None:
    assert not of_type(extract("Lawmakers will study the treaties next month.", "2022-10-04"), "ratification")
