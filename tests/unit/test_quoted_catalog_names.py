"""A catalogued event's name written with a part of it in quotation marks ('العملية الشاملة
"سيناء 2018"', 'Operation "Olive Branch"') is that name: the event it names is read and
dated by the catalog."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ('وأعلنت القوات المسلحة المصرية حصيلة جديدة للعملية الشاملة "سيناء 2018" في شمال البلاد.', "2018-06-01", "2018-02-09"),
        ("وأعلنت القوات المسلحة المصرية حصيلة جديدة للعملية الشاملة «سيناء 2018» في شمال البلاد.", "2018-06-01", "2018-02-09"),
        ('The Turkish army gave a new toll of Operation "Olive Branch" in northern Syria.', "2018-03-01", "2018-01-20"),
    ],
)
def test_a_quoted_catalog_name_is_the_name(text, published, date):
    assert date in [e["date"] for e in of_type(extract(text, published), "attack")]
