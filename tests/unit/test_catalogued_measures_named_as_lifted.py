"""A catalogued measure named as what is eased, lifted or broken ("talks on easing the blockade of
Gaza", «الحصار على غزة خُفف») was imposed on its catalogued day: a background event told in
passing, dated by the catalog alone. A measure the catalog does not know, named as what is
lifted, still gives no event (its day is unknown)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2016-06-28"


@pytest.mark.parametrize(
    "text",
    [
        "Talks on easing the blockade of Gaza are due to begin within 24 hours.",
        "Israel has eased its blockade of Gaza, Turkish officials said.",
        "وقال يلدريم إن الاتفاق يتضمن دفع تعويضات، مضيفا أن «الحصار على غزة خُفف إلى حد كبير».",
        "وقالت إسرائيل إنها خففت الحصار على غزة.",
    ],
)
def test_a_catalogued_measure_eased_was_imposed_on_its_day(text):
    found = of_type(extract(text, PUBLISHED), "sanctions")
    assert [(e["date"], {"ISR", "PSE"} <= set(e["countries"])) for e in found] == [("2007", True)]


@pytest.mark.parametrize(
    "text",
    [
        "وطالبت دمشق برفع العقوبات الغربية «لتسهيل وصول المساعدات».",
        "Damascus called for easing the Western sanctions on Syria.",
        "Washington eased sanctions on Venezuela on Monday.",
    ],
)
def test_an_uncatalogued_measure_lifted_gives_none(text):
    assert of_type(extract(text, PUBLISHED), "sanctions") == []
