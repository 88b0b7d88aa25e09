"""A protest or a fight whose own clause gives no date is dated by a relative clause of its
beginning right after its word, or past a comma closing where it is ("A sit-in outside the Defence
Ministry in Khartoum, which started on April 6, continued"); a time its own clause tells stays its
date, and a relative clause of a later noun ("against the war that began in 2003") dates nothing."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "A sit-in outside the Defence Ministry in Khartoum, which started on April 6, continued after Bashir's fall.",
            "2019-08-17",
            "2019-04-06",
        ),
        (
            "وتواصل الاعتصام أمام مقر القيادة العامة في الخرطوم، الذي انطلق في السادس من أبريل، بعد سقوط البشير.",
            "2019-08-17",
            "2019-04-06",
        ),
        # a time its own clause tells stays its time
        ("On Saturday, the sit-in in Khartoum that began there a week ago continued.", "2019-08-17", "2019-08"),
        # a relative clause of another noun after it
        ("Thousands rallied in London against the war that began on March 20, 2003.", "2013-03-16", "2013-03-16"),
        ("تظاهر الآلاف في لندن ضد الحرب التي اندلعت في 20 مارس 2003.", "2013-03-16", "2013-03-16"),
        ("وشارك الآلاف في الجزائر في حراك شعبي انطلق في 22 فبراير ضد الرئيس بوتفليقة.", "2019-12-13", "2019-02-22"),
    ],
)
def test_the_protest_s_date(text, published, day):
    assert [e["date"] for e in of_type(extract(text, published), "protest")] == [day]
