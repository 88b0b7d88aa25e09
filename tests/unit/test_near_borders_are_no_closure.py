""""Close to" its borders is nearness, no border closed ("exercises staged close to its borders
with Ukraine"); a state that closed, or decided to close, its border still imposes a closure, in
English and in Arabic (data/triggers.json, the sanctions row of closed borders: `excludes_next`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2022-02-10"  # a Thursday


@pytest.mark.parametrize(
    "text",
    [
        "MINSK (Reuters) - The drills, staged across Belarus including close to its borders with Ukraine and Poland, began on Thursday.",
        "MINSK (Reuters) - Belarus held the drills on Thursday close to the border with Lithuania.",
        "مينسك - بدأت بيلاروسيا يوم الخميس مناورات بالقرب من حدودها مع أوكرانيا وبولندا.",
    ],
)
def test_close_to_a_border_is_no_closure(text):
    assert not of_type(extract(text, PUBLISHED), "sanctions")


@pytest.mark.parametrize(
    "text",
    [
        "ANKARA (Reuters) - Turkey closed its borders with Syria on Thursday.",
        "أنقرة - أغلقت تركيا يوم الخميس حدودها مع سوريا.",
    ],
)
def test_a_border_closed_stays(text):
    assert of_type(extract(text, PUBLISHED), "sanctions")
