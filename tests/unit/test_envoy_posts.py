"""A state's own envoy named with the place of his post: the place is where he served, not
where his recall was decided; the recall takes place in the recalling state
(data/assembly.json `envoy_posts`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2018-05-18"


@pytest.mark.parametrize(
    ("text", "home"),
    [
        ("واستدعت تركيا سفيرها لدى تل أبيب للتشاور.", "TUR"),
        ("واستدعت الجزائر سفيرها في باريس للتشاور.", "DZA"),
        ("Turkey recalled its ambassador to Tel Aviv for consultations.", "TUR"),
        ("Algeria recalled its ambassador in Paris for consultations.", "DZA"),
    ],
)
def test_a_recall_takes_place_at_home(text: str, home: str) -> None:
    recalls = of_type(extract(text, PUBLISHED), "sanctions")
    assert recalls, text
    assert [(e.get("location") or {}).get("country") for e in recalls] == [home], recalls
