"""An arrest placed in the country of the person held, by a nationality word, took place in
the holder's country, the holder named as the event word's subject."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


def _place(text: str, published: str, event_type: str) -> str | None:
    event = next(e for e in extract(text, published) if e["event_type"] == event_type)
    return (event["location"] or {}).get("country")


@pytest.mark.parametrize(
    ("text", "published", "event_type", "expected"),
    [
        # a person held by a state of another country: the holder's
        (
            "وأفرجت طهران أمس عن عامل إغاثة دنماركي، الذي اعتقلته السلطات الإيرانية في مارس 2021.",
            "2023-06-01",
            "arrest",
            "IRN",
        ),
        (
            "Among them is British-Egyptian blogger Ahmed Salem, who was sentenced in March 2020 to four years "
            "in prison.",
            "2023-06-01",
            "arrest",
            "EGY",
        ),
    ],
)
def test_holders_place_the_arrest(text, published, event_type, expected):
    assert _place(text, published, event_type) == expected
