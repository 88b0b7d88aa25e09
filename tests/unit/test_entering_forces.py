"""English troops or forces that entered a place ("Eritrean troops entered Tigray in November 2020
and fought", "forces entered the town of Manbij on Monday under a deal"), and mercenaries told with a
few words of their own before they arrived, are deployed there: a strong word of its own beside the
sentence's other deeds."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("Eritrean troops entered Tigray in November 2020 and fought alongside federal forces.", "2022-09-01", "2020-11"),
        (
            "Syrian government forces entered the northern town of Manbij on Monday under a deal with Kurdish fighters.",
            "2019-10-15",
            "2019-10-14",
        ),
        ("Russian mercenaries of the Wagner Group had arrived in Libya in late 2019.", "2020-06-10", "2019"),
    ],
)
def test_forces_that_entered_or_arrived_are_deployed(text, published, date):
    assert [e["date"] for e in of_type(extract(text, published), "deployment")] == [date]
