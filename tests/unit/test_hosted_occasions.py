"""A verb of hosting tells a visit only when a guest is hosted: a ceremony hosted (حفل، مراسم;
a signing ceremony hosted by the president) or a count of people (hosting some two million
refugees) is no visit."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("The accord was signed by the two foreign ministers at a ceremony hosted by the Kenyan president on Monday.", "2021-05-04"),
        ("Kenya faces a heavy burden from hosting some 500,000 Somalis in its camps, the minister said.", "2021-05-04"),
        ("ووقع الوزيران الاتفاق أمس في مراسم استضافها الرئيس الكيني في قصر الرئاسة بنيروبي.", "2021-05-04"),
        ("وتتحمل كينيا عبء استضافة نحو 500 ألف صومالي في مخيماتها، بحسب الوزير.", "2021-05-04"),
        ("ووقع الوزيران الاتفاق في حفل استضافه الرئيس الكيني في نيروبي يوم الاثنين.", "2021-05-04"),
    ],
)
def test_a_ceremony_or_a_count_hosted_is_no_visit(text: str, published: str) -> None:
    assert of_type(extract(text, published), "visit") == []


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("The Kenyan president hosted the Somali president in Nairobi on Monday.", "2021-05-04", "2021-05-03"),
        ("استضاف الرئيس الكيني نظيره الصومالي في نيروبي يوم الاثنين.", "2021-05-04", "2021-05-03"),
    ],
)
def test_a_guest_hosted_stays_a_visit(text: str, published: str, date: str) -> None:
    assert [e["date"] for e in of_type(extract(text, published), "visit")] == [date]
