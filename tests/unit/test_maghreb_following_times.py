"""The Maghreb press writes "the following" day, month or year with الموالي/الموالية where the
Mashreq writes التالي/التالية: "في الشهر الموالي" counts a month from the time told before, as
"في الشهر التالي" and "the following month" do."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "event_type", "dates"),
    [
        (
            "قطعت الجزائر علاقاتها الدبلوماسية مع الرباط في غشت 2021، وأغلقت مجالها الجوي أمام الطائرات المغربية "
            "في الشهر الموالي.",
            "sanctions",
            ["2021-08", "2021-09"],
        ),
        (
            "قطعت الجزائر علاقاتها مع الرباط في 24 غشت 2021، واستدعت المغرب سفيرها في اليوم الموالي.",
            "sanctions",
            ["2021-08-24", "2021-08-25"],
        ),
        # the Mashreq and English wordings, as before
        (
            "قطعت الجزائر علاقاتها الدبلوماسية مع الرباط في أغسطس 2021، وأغلقت مجالها الجوي أمام الطائرات المغربية "
            "في الشهر التالي.",
            "sanctions",
            ["2021-08", "2021-09"],
        ),
        (
            "Algeria cut diplomatic ties with Rabat in August 2021 and closed its airspace to Moroccan planes the "
            "following month.",
            "sanctions",
            ["2021-08", "2021-09"],
        ),
    ],
)
def test_the_following_time_counts_from_the_one_before(text, event_type, dates):
    assert sorted(e["date"] for e in of_type(extract(text, "2024-09-09"), event_type)) == dates


def test_a_following_named_by_its_holder_is_no_time():
    # الموالي as "loyal to" names a side, no time
    found = of_type(extract("اعتقلت الشرطة في 24 غشت 2021 قياديا في الحزب الموالي للحكومة.", "2024-09-09"), "arrest")
    assert all(e["date"] == "2021-08-24" for e in found)
