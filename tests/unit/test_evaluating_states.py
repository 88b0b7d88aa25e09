"""The subject of an English verb that qualifies its object ("called", "described") is no side of
the deed it qualifies, as the subject of an Arabic verb of reaction (وصف، اعتبر) is none: "US
President Joe Biden called the fall of Assad a fundamental act of justice" is the fall of Assad,
with no part for the United States, as "ووصف الرئيس الأمريكي جو بايدن سقوط الأسد بأنه عمل من أعمال
العدالة" is."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "not_side", "side"),
    [
        (
            'Syrian President Bashar al-Assad fled Damascus on Sunday. US President Joe Biden called the fall of Assad'
            ' "a fundamental act of justice".',
            "appointment",
            "USA",
            "SYR",
        ),
        (
            "فر الرئيس السوري بشار الأسد من دمشق يوم الأحد. ووصف الرئيس الأمريكي جو بايدن سقوط الأسد بأنه"
            ' "عمل أساسي من أعمال العدالة".',
            "appointment",
            "USA",
            "SYR",
        ),
        # negative rows: a side of the deed itself, and a verb of calling for something
        ("Egypt called the two sides to talks and hosted them in Cairo on Sunday.", "meeting", None, "EGY"),
        ("US President Joe Biden met Turkish President Erdogan in Rome on Sunday.", "meeting", None, "USA"),
    ],
)
def test_an_evaluating_state_is_no_side(text, event_type, not_side, side):
    found = of_type(extract(text, "2024-12-08"), event_type)
    assert found, found
    countries = {c for e in found for c in e["countries"]}
    if not_side is not None:
        assert not_side not in countries, found
    assert side in countries, found
