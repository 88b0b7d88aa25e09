"""An event noun with the year it came in right after it ("a Turkish invasion in 1974", "غزو في
عام 1974") is named with its year, as "the 1974 invasion" is: beside a stronger event word of
its sentence it is kept, dated by that year; a participle there ("a ceasefire agreed in 1991")
tells of the noun it follows, no deed of its own (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Ankara recognises the northern state, which was split after a Turkish invasion in 1974.", "1974"),
        ("واعترفت أنقرة بالدولة الشمالية التي نشأت بعد غزو في عام 1974.", "1974"),
    ],
)
def test_an_event_noun_with_its_year_after_it_is_kept(text, date) -> None:
    assert [e["date"] for e in of_type(extract(text, "2018-06-04"), "attack")] == [date]


@pytest.mark.parametrize(
    "text",
    [
        "The rebels recognise the government, which was formed after a ceasefire agreed in 1991.",
        "تعترف الحركة بالحكومة التي تشكلت بعد هدنة أبرمت في عام 1991.",
    ],
)
def test_a_participle_with_a_year_tells_no_deed_of_its_own(text) -> None:
    assert of_type(extract(text, "2018-06-04"), "agreement") == []
