"""The country an office names ("أمير قطر", "the emir of Qatar") is the visitor's, not where the visit took place (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("زار أمير قطر تركيا أمس.", "TUR"),
        ("The emir of Qatar visited Turkey yesterday.", "TUR"),
        ("Qatar's emir visited Turkey yesterday.", "TUR"),
        # the only country named stays the place
        ("زار الرئيس التركي قطر أمس.", "QAT"),
    ],
)
def test_the_visit_takes_place_at_its_destination(text, where):
    visit = next(e for e in extract(text, "2018-03-10") if e["event_type"] == "visit")
    assert visit["location"]["country"] == where, visit
