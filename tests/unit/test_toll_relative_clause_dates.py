"""A relative clause telling how many a deed killed ("a suicide bombing in Kashmir that killed 40
police on Feb. 14", «التفجير الانتحاري في كشمير الذي أسفر عن مقتل 40 شرطيا في 14 فبراير») tells
of that deed, past a place phrase: its time dates it. After an object ("visited the site of the
blast that killed 12 people on Monday") the clause dates nothing of the sentence's own deed
(events/assemble/toll_relatives.py)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2019-02-26"  # a Tuesday


@pytest.mark.parametrize(
    "text",
    [
        "NEW DELHI (Reuters) - Indian warplanes struck a militant camp in Pakistan on Tuesday, in retaliation for"
        " a suicide bombing in Kashmir that killed 40 paramilitary police on Feb. 14.",
        "NEW DELHI (Reuters) - Indian warplanes struck a militant camp in Pakistan on Tuesday, in retaliation for"
        " an attack on a police convoy in Kashmir which killed 40 paramilitary police on Feb. 14.",
        "نيودلهي - قصفت مقاتلات هندية يوم الثلاثاء معسكرا في باكستان، ردا على التفجير الانتحاري في كشمير الذي"
        " أسفر عن مقتل 40 شرطيا في 14 فبراير.",
        "نيودلهي - قصفت مقاتلات هندية يوم الثلاثاء معسكرا في باكستان، ردا على الهجوم على قافلة للشرطة في كشمير"
        " الذي أودى بحياة 40 شرطيا في 14 فبراير.",
    ],
)
def test_the_toll_clause_dates_its_deed(text):
    days = sorted(a["date"] for a in of_type(extract(text, PUBLISHED), "attack"))
    assert days == ["2019-02-14", "2019-02-26"]


@pytest.mark.parametrize(
    "text",
    [
        "BAGHDAD (Reuters) - Iraq's prime minister on Tuesday visited the site of the blast that killed 12 people on Monday.",
        "بغداد - زار رئيس الوزراء العراقي يوم الثلاثاء موقع التفجير الذي أسفر عن مقتل 12 شخصا يوم الاثنين.",
    ],
)
def test_a_toll_clause_after_an_object_dates_no_visit(text):
    assert [v["date"] for v in of_type(extract(text, PUBLISHED), "visit")] == [PUBLISHED]
