"""A state revoking or withdrawing the licence of another state's news outlet («ألغت
الحكومة تراخيص قناة ...», «سحب ترخيص مكتب قناة ...», "revoked the licence of the
channel") takes a measure against that state: a `sanctions` event between the two, placed
at home. A licence of a company, a driver or a weapon is no such measure."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "countries", "date"),
    [
        ("قررت الحكومة المغربية، اليوم الأربعاء، إلغاء تراخيص قناة الجزيرة في المغرب.", {"MAR", "QAT"}, "2019-03-13"),
        ("وسحبت السلطات البحرينية الأحد ترخيص مكتب قناة الجزيرة في المنامة.", {"BHR", "QAT"}, "2019-03-10"),
        ("وألغت الحكومة الجزائرية الثلاثاء اعتماد مكتب شبكة الجزيرة في الجزائر.", {"DZA", "QAT"}, "2019-03-12"),
        ("Bahraini authorities on Sunday withdrew the accreditation of the Al Jazeera network in Manama.", {"BHR", "QAT"}, "2019-03-10"),
    ],
)
def test_an_outlets_licence_revoked_is_a_measure_against_its_state(text, countries, date):
    found = of_type(extract(text, "2019-03-14"), "sanctions")
    assert found, found
    assert countries <= set(found[0]["countries"]) and found[0]["date"] == date, found


def test_a_companys_licence_is_no_measure():
    text = "The Moroccan government on Wednesday revoked the licences of three exchange companies in Casablanca."
    assert not of_type(extract(text, "2019-03-14"), "sanctions")
