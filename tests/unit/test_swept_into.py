"""Forces, fighters or militants that swept into, through or across a place overran it, as
اجتاح tells in Arabic: an attack (CAMEO 192) of the time told with it; a flood, a wave of
protests or neighbourhoods swept into the sea are no force."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2016-01-10"


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops retook Ramadi on Monday, the government's worst setback since the militants swept through northern Iraq in 2014.",
        "Rebels swept across the Syrian province of Idlib in April 2015.",
        "وكانت مصر قد خسرت الرمادي منذ اجتاح المسلحون شمال العراق عام 2014.",
        "واجتاحت فصائل المعارضة السورية مدينة جسر الشغور في أبريل 2015.",
    ],
)
def test_forces_that_swept_into_a_place_overran_it(text):
    found = [e for e in of_type(extract(text, PUBLISHED), "attack") if e["date"] in ("2014", "2015-04")]
    assert len(found) == 1, found


@pytest.mark.parametrize(
    "text",
    [
        "Entire neighbourhoods of Derna in Libya were swept into the sea in September 2023.",
        "Protests swept through Egypt in 2011, officials recalled.",
        "A wave of anger swept across Iraq in 2014.",
        "واجتاحت السيول مدينة درنة الليبية في سبتمبر 2023.",
    ],
)
def test_no_force_swept_nothing(text):
    found = of_type(extract(text, PUBLISHED), "attack")
    assert found == [], found
