"""Protesters named after words of support or solidarity ("tweeted in support of the
demonstrators", «تضامنا مع المتظاهرين») are a protest told before, no protest of the supporter's
own; a march held in solidarity is still a protest."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        'U.S. Secretary of State Mike Pompeo tweeted in support of the demonstrators: "The United States is with you."',
        'وغرد وزير الخارجية الأمريكي مايك بومبيو تضامنا مع المتظاهرين قائلا: "الولايات المتحدة معكم".',
    ],
)
def test_support_from_afar_is_no_protest(text):
    assert of_type(extract(text, "2019-11-17"), "protest") == []


def test_a_march_in_solidarity_is_a_protest():
    found = of_type(extract("Thousands marched in Paris on Sunday in solidarity with the protesters in Iran.", "2019-11-17"), "protest")
    assert [e["date"] for e in found] == ["2019-11-17"]
