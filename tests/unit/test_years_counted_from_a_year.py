"""A deed dated by counting years from a year the text writes: the year after or before the one
its sentence (or, with none there, the sentence before) names ("elected the following year",
"restoring ties the year before", في العام التالي، في العام السابق), and so many years before the
time named right before the count ("in May 2014, a year after the coup that ousted ...", بعد
عامين من اعتقاله), or so many years after or before it ("reached two years later", بعد ذلك بثلاث
سنوات) (data/assembly.json `following_years`, `preceding_years`, `counted_years`)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind", "year"),
    [
        (  # the year before the year of the sentence
            "The Somali president received a peace award in 2016, largely for restoring ties with "
            "neighbouring Djibouti the year before.",
            "relations",
            "2015",
        ),
        (
            "حصل الرئيس الصومالي على جائزة للسلام عام 2016 لدوره في إعادة العلاقات مع جيبوتي في العام السابق.",
            "relations",
            "2015",
        ),
        (  # the year after the year of the sentence before, the deed's own naming none
            "In early May 2010, Egyptian police detained the opposition leader in Cairo. "
            "The general was elected president of Egypt the following year.",
            "election",
            "2011",
        ),
        (
            "اعتقلت الشرطة المصرية زعيم المعارضة في القاهرة في مايو 2010. وانتخب الجنرال رئيسا لمصر في العام التالي.",
            "election",
            "2011",
        ),
        (  # years counted back from the time named right before the count
            "Rahman won the presidential vote in Bangladesh in May 2014, a year after the coup that ousted "
            "President Karim.",
            "appointment",
            "2013",
        ),
        (
            "Egyptian authorities freed the activist in March 2019, two years after police arrested him in Cairo.",
            "arrest",
            "2017",
        ),
        (
            "أفرجت السلطات المصرية عن الناشط في مارس 2019، بعد عامين من اعتقال الشرطة له في القاهرة.",
            "arrest",
            "2017",
        ),
        (
            "أعادت قطر ومصر العلاقات الدبلوماسية في يناير 2021، بعد ثلاث سنوات من قطع العلاقات بين البلدين.",
            "sanctions",
            "2018",
        ),
        (  # so many years later than the year told before
            "Switzerland hosted quiet talks between Armenia and Turkey in 2007 that paved the way for the "
            "agreement reached two years later.",
            "agreement",
            "2009",
        ),
        (
            "التقى الرئيس المصري نظيره السوداني في الخرطوم عام 2018، ثم زار السيسي السودان بعد ذلك بثلاث سنوات.",
            "visit",
            "2021",
        ),
    ],
)
def test_a_deed_dated_by_years_counted_from_a_written_year(text, kind, year):
    assert [e["date"] for e in of_type(extract(text, "2021-06-18"), kind)] == [year]
