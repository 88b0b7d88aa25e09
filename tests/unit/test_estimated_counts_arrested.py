"""A figure told as an estimate, with no noun after it, counts people no one names: "more than
1,700 were detained", «واعتقلت الشرطة أكثر من 1700 في موسكو» tell no arrest (SCHEMA.md's arrest
is of a named person). An arrest of a person named in another sentence, or a year after the word
of the arrest, stays."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2022-02-25"


@pytest.mark.parametrize(
    "text",
    [
        "In Russia, thousands of people protested against the war in Moscow on Thursday evening, "
        "and more than 1,700 were detained, according to the monitoring group OVD-Info.",
        "Police in Moscow detained at least 300 on Thursday during protests against the war.",
        "وفي روسيا، تظاهر آلاف الأشخاص ضد الحرب في موسكو مساء الخميس، واعتقلت الشرطة الروسية أكثر من 1700 في موسكو وسان بطرسبورغ.",
        "واعتقلت الشرطة الروسية نحو 300 في موسكو يوم الخميس خلال احتجاجات على الحرب.",
    ],
)
def test_an_estimated_count_arrested_is_no_event(text):
    assert not of_type(extract(text, PUBLISHED), "arrest"), text


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Russian police detained opposition leader Alexei Navalny on Thursday in Moscow. "
            "More than 1,700 were detained across Russia.",
            "2022-02-24",
        ),
        ("Russian police detained Alexei Navalny in 2021, more than a year before the war.", "2021"),
        ("واعتقلت الشرطة الروسية المعارض أليكسي نافالني يوم الخميس في موسكو. واعتقل أكثر من 1700 في أنحاء روسيا.", "2022-02-24"),
        ("اعتقلت الشرطة الروسية أليكسي نافالني في 2021، قبل أكثر من عام من الحرب.", "2021"),
    ],
)
def test_a_named_arrest_beside_an_estimate_stays(text, date):
    assert [e["date"] for e in of_type(extract(text, PUBLISHED), "arrest")] == [date], text
