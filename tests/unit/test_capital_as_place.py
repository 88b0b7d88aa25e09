"""A capital that "in" or a noun of places makes a place ("جنوب القاهرة", "في القاهرة",
"south of Cairo") is where an attack told by a noun took place, even when it was read as
the government that acts; a capital that acts is still no place."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("قتل شرطي في انفجار عبوة ناسفة في حي البساتين جنوب القاهرة.", "Cairo"),
        ("تفجير عبوة ناسفة جنوب القاهرة أودى بحياة ثلاثة جنود.", "Cairo"),
        ("A policeman was killed in a bomb blast south of Cairo.", "Cairo"),
        ("قصفت طهران مواقع المسلحين في كردستان العراق.", None),
    ],
)
def test_the_capital_placed_by_a_preposition_is_the_place(text, place):
    found = of_type(extract(text, "2017-06-18"), "attack")
    assert found, extract(text, "2017-06-18")
    name = (found[0]["location"] or {}).get("name")
    assert name == place if place else name != "Tehran", found
