"""A place "close to its borders" is near them: no closure of a border; a border closed stays one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The drills, staged across Belarus including close to its borders with Ukraine and Poland, run until Feb. 20.", 0),
        ("وتجري المناورات في بيلاروسيا قرب حدودها مع أوكرانيا وبولندا حتى 20 فبراير.", 0),
        ("Turkey closed its border with Syria on Monday.", 1),
        ("أغلقت تركيا حدودها مع سوريا يوم الاثنين.", 1),
    ],
)
def test_close_to_the_border_is_no_closure(text: str, count: int) -> None:
    assert len(of_type(extract(text, "2022-02-10"), "sanctions")) == count
