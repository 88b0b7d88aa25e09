"""People who went out to a street (خرج مئات التونسيين إلى شارع الحبيب بورقيبة) or marched in a
march that denounced a deed (في مسيرة منددة بالهجوم) protested; fans who went out to a street
after a win did not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2015-03-19"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("تونس - وخرج مئات التونسيين مساء الأربعاء إلى شارع الحبيب بورقيبة وسط العاصمة في مسيرة منددة بالهجوم.", ["2015-03-18"]),
        ("تونس - وجابت مسيرة منددة بالهجوم شوارع العاصمة تونس مساء الأربعاء.", ["2015-03-18"]),
        ("تونس - وخرج مئات المشجعين مساء الأربعاء إلى شارع الحبيب بورقيبة احتفالا بفوز المنتخب التونسي في المباراة.", []),
    ],
)
def test_going_out_to_a_street_in_protest(text: str, dates: list[str]) -> None:
    assert [e["date"] for e in of_type(extract(text, PUB), "protest")] == dates
