"""A deed whose clause names its doers only as "the two countries" (البلدان، the two sides) is the
pair's told before, when an event before has such a pair: the names of another clause of its
sentence ("بعد وصول طلائع القوات التركية إلى الدوحة") are neither its parties nor the reason to
drop it. With no pair told before, or a country named in its own clause, the names of its sentence
stay as they were."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

EXERCISE = "أجرت القوات المسلحة القطرية والقوات التركية، الثلاثاء، تمرينا عسكريا مشتركا في قاعدة طارق بن زياد. "


@pytest.mark.parametrize(
    ("text", "event_type", "date", "countries"),
    [
        (
            EXERCISE + "وتأتي التدريبات في إطار اتفاقية التعاون الدفاعي التي وقعها البلدان عام 2014، "
            "بعد وصول طلائع القوات التركية إلى الدوحة في يونيو الماضي.",
            "agreement",
            "2014",
            {"TUR", "QAT"},
        ),
        (
            "Egypt and Turkey held talks in Cairo on Monday. The two countries signed a trade deal in 2005, "
            "before Russian troops arrived in Syria in 2015.",
            "agreement",
            "2005",
            {"EGY", "TUR"},
        ),
        # guards: no pair told before, the sentence's own names stay its parties
        (
            "وتأتي التدريبات في إطار اتفاقية التعاون الدفاعي بين قطر وتركيا التي وقعها البلدان عام 2014، "
            "بعد وصول طلائع القوات التركية إلى الدوحة في يونيو الماضي.",
            "agreement",
            "2014",
            {"TUR", "QAT"},
        ),
    ],
)
def test_the_two_countries_are_the_pair_told_before(text, event_type, date, countries):
    found = of_type(extract(text, "2017-08-01"), event_type)
    assert any(e["date"] == date and set(e["countries"]) == countries for e in found), found


def test_a_clause_naming_a_country_keeps_its_names():
    text = EXERCISE + "ووقع البلدان عام 2014 اتفاقية مع الكويت، بعد وصول القوات التركية إلى الدوحة."
    found = of_type(extract(text, "2017-08-01"), "agreement")
    assert any("KWT" in e["countries"] for e in found), found
