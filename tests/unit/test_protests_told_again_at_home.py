"""A domestic deed told again by its definite noun in a sentence naming no country ("the
protests started on ...") is placed where the deed told before of its type was held, not in
the countries of every side of that deed (troops sent from abroad against it)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        "Saudi troops helped Bahraini police disperse thousands of protesters in Manama on March 16, 2011. "
        "The protests started on February 14, 2011, when thousands marched.",
        "وساعدت القوات السعودية الشرطة البحرينية على تفريق آلاف المتظاهرين في المنامة في 16 مارس 2011. "
        "وكانت الاحتجاجات قد اندلعت في 14 فبراير 2011.",
    ],
)
def test_the_protests_told_again_are_the_host_country(text):
    found = [ev for ev in of_type(extract(text, "2011-04-01"), "protest") if ev["date"] == "2011-02-14"]
    assert found, found
    assert all(ev["countries"] == ["BHR"] for ev in found), found
