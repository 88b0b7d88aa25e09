"""'elected' after the indefinite article or before a noun of the holder or body it qualifies
("hand power to an elected civilian government", «حكومة مدنية منتخبة») describes a body, no vote
held; a person or a body elected at a time ("Bazoum, elected in 2021", «انتخب عام 2021») tells one."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        ("Egypt's military rulers pledged on Saturday to hand power to an elected civilian government.", "2011-02-12", []),
        ("تعهد المجلس العسكري في مصر يوم السبت بتسليم السلطة إلى حكومة مدنية منتخبة.", "2011-02-12", []),
        ("The army in Egypt has removed an elected leader for the first time, critics said on Thursday.", "2013-07-04", []),
        ("وقال منتقدون الخميس إن الجيش في مصر عزل رئيسا منتخبا للمرة الأولى.", "2013-07-04", []),
        # near misses: the vote told
        ("Bazoum, elected in 2021 in Niger's first peaceful handover of power, was detained on Wednesday.", "2023-07-31", ["2021"]),
        ("وكان بازوم قد انتخب عام 2021 في أول انتقال سلمي للسلطة في النيجر.", "2023-07-31", ["2021"]),
        ("Lebanon's parliament elected Michel Aoun as president in October 2016, ending a two-year vacuum.", "2016-11-01", ["2016-10"]),
    ],
)
def test_an_elected_body_is_no_election(text, published, dates):
    assert [e["date"] for e in of_type(extract(text, published), "election")] == dates


@pytest.mark.parametrize(
    ("text", "published", "dates"),
    [
        # one who became the first elected holder of an office was elected then
        ("Conde became Guinea's first democratically elected president in 2010.", "2021-09-06", ["2010"]),
        ("وكان مرسي قد أصبح أول رئيس مدني منتخب في مصر عام 2012.", "2013-07-04", ["2012"]),
        # the first elected president named, ousted: no vote told
        ("Soldiers ousted Egypt's first freely elected president, Mohamed Morsi, in 2013.", "2014-06-03", []),
        ("عزل الجيش أول رئيس مدني منتخب في مصر عام 2013.", "2014-06-03", []),
    ],
)
def test_the_first_elected_holder_of_an_office_was_elected(text, published, dates):
    assert [e["date"] for e in of_type(extract(text, published), "election")] == dates


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # the first elected holder to suffer another deed, or a course to become one
        ("In 2015, Morsi became the first democratically elected president to be sentenced to death in Egypt.", "2023-03-31"),
        ("In 2022, Castillo became the first elected president of Peru to be removed by Congress.", "2023-03-31"),
        ("She is on course to becoming the first elected female president of Mexico in June.", "2024-05-01"),
    ],
)
def test_the_first_elected_holder_of_another_deed_is_no_vote(text, published):
    assert of_type(extract(text, published), "election") == []

