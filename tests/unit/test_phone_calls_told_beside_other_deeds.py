"""A phone call told in the sentence of a visit, a truce or ties (in a phone call with Sisi the
same day, أجرى خلال الزيارة اتصالا هاتفيا, called Erdogan to congratulate him ... and both agreed
during the call to upgrade relations) is a meeting of its own: its parties are apart, so no visit
takes it in (GUIDELINES: a phone call reported on its own is a meeting), and the deed beside it
stays the sentence's own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "other", "call"),
    [
        (
            "U.S. President Joe Biden visited Israel on Wednesday, and in a phone call with Sisi the same day pressed "
            "for the crossing to be opened.",
            "2023-10-21",
            "visit",
            {"EGY"},
        ),
        (
            "زار الرئيس الفرنسي إيمانويل ماكرون لبنان الخميس، وأجرى خلال الزيارة اتصالا هاتفيا مع الرئيس الإيراني.",
            "2023-10-21",
            "visit",
            {"IRN", "FRA"},
        ),
        (
            "Sisi called Erdogan to congratulate him after he won a runoff election on May 28, and both leaders agreed "
            "during the call to upgrade relations and exchange ambassadors immediately.",
            "2023-07-04",
            "relations",
            {"EGY", "TUR"},
        ),
    ],
)
def test_a_call_beside_another_deed_is_a_meeting_of_its_own(text, published, other, call):
    found = extract(text, published)
    assert of_type(found, other)
    assert any(call <= set(m["countries"]) for m in of_type(found, "meeting"))


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the deed agreed in the call stays beside it
        ("اتفق الرئيسان التركي والروسي في اتصال هاتفي الأربعاء على وقف إطلاق النار في إدلب.", "2023-07-04"),
        ("The Turkish and Russian presidents agreed in a phone call on Wednesday on a ceasefire in Idlib.", "2023-07-04"),
    ],
)
def test_the_deed_agreed_in_a_call_stays(text, published):
    assert of_type(extract(text, published), "ceasefire")
