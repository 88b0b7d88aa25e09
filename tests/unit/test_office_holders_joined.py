"""A resignation told of two office holders joined by "and" as the subject of one verb
is a change of each: "Interior Minister Ali Hassan and Health Minister Sara Nour resigned on
Sunday", "واستقال وزير الداخلية علي حسن ووزيرة الصحة سارة نور أمس" are two events. One holder
is one event, and so is the dismissal of two by one decree."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "count", "day"),
    [
        (
            "Jordan's Interior Minister Ali Hassan and Health Minister Sara Nour resigned on Sunday amid protests.",
            "2019-03-05",
            2,
            "2019-03-03",
        ),
        (
            "Tunisian Prime Minister Karim Salah and his deputy Nabil Aref resigned on Monday.",
            "2019-03-05",
            2,
            "2019-03-04",
        ),
        (
            "واستقال وزير الداخلية الأردني علي حسن ووزيرة الصحة سارة نور أمس احتجاجا على القرار.",
            "2019-03-05",
            2,
            "2019-03-04",
        ),
    ],
)
def test_office_holders_joined_by_and_make_a_change_each(text, published, count, day):
    found = of_type(extract(text, published), "appointment")
    assert len(found) == count and all(e["date"] == day for e in found), found


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Jordan's Interior Minister Ali Hassan resigned on Sunday amid protests.", "2019-03-05"),
        ("واستقال وزير الداخلية الأردني علي حسن أمس احتجاجا على القرار.", "2019-03-05"),
        ("Jordan's Interior Minister Ali Hassan and Health Minister Sara Nour were dismissed on Sunday.", "2019-03-05"),
    ],
)
def test_one_office_holder_is_one_change(text, published):
    assert len(of_type(extract(text, published), "appointment")) == 1
