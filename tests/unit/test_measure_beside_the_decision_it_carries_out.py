"""A measure told as carrying out an earlier decision («وإنفاذا لقرار قطع العلاقات، تمنع
...», "in line with its decision to cut ties, it banned ...") is a deed of its own beside
the decision's: a ban and the ties cut are two sanctions events, though one sentence tells
both. The decision's word does not displace the sentence's own measure."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        (
            "وقالت الحكومة البحرينية في بيان: وإنفاذا لقرار قطع العلاقات الدبلوماسية مع إيران، "
            "تمنع البحرين دخول المواطنين الإيرانيين إلى أراضيها.",
            "تمنع",
        ),
        (
            "وتنفيذا للقرار الذي اتخذته بقطع علاقاتها مع إيران، تحظر البحرين سفر مواطنيها إلى إيران.",
            "تحظر",
        ),
    ],
)
def test_a_measure_and_the_ties_cut_are_two_events(text, measure):
    found = of_type(extract(text, "2016-01-04"), "sanctions")
    assert len(found) == 2, [(e["trigger"], e["countries"]) for e in found]
    assert any(e["trigger"].startswith(measure) for e in found), [e["trigger"] for e in found]
    assert all({"BHR", "IRN"} <= set(e["countries"]) for e in found), [e["countries"] for e in found]


def test_english_the_measure_is_kept_beside_the_decision_it_carries_out():
    # English reads the decision as a circumstance already: the ban, the sentence's own deed, stays
    text = "In line with its decision to cut diplomatic ties with Iran, Bahrain on Monday banned Iranian citizens from entering its territory."
    found = of_type(extract(text, "2016-01-05"), "sanctions")
    assert any(e["trigger"] == "banned" and {"BHR", "IRN"} <= set(e["countries"]) for e in found), found
