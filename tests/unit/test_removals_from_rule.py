"""A ruler's rule ended by someone or something, and an office holder removed from his post
by the transitive verb of تنحى: changes of office."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "date", "country"),
    [
        # a rule ended by an uprising or an army: the ruler's removal from power
        ("The 2011 uprising in Egypt ended Mubarak's 29-year rule.", "2011-02-11", "EGY"),
        ("Sudan's army ended Omar al-Bashir's rule in April 2019.", "2019-04", "SDN"),
        ("أنهت الثورة المصرية حكم مبارك الذي دام ثلاثين عاما في 2011.", "2011-02-11", "EGY"),
        ("أنهى الجيش السوداني حكم عمر البشير في أبريل 2019.", "2019-04", "SDN"),
        # removed from a post or a title by another: نحّى ... عن
        ("نحى الملك الأردني الأمير حمزة عن ولاية العهد عام 2004.", "2004", "JOR"),
        ("نحى الرئيس التونسي رئيس الحكومة عن منصبه في يوليو 2021.", "2021-07", "TUN"),
    ],
)
def test_a_rule_ended_or_a_holder_removed_is_an_appointment(text, date, country):
    events = of_type(extract(text, "2021-09-10"), "appointment")
    assert [(e["date"], country in e["countries"]) for e in events] == [(date, True)]


@pytest.mark.parametrize(
    "text",
    [
        # the rule of law, a rule or regulation, a match: no ruler removed
        "Egypt's court ended the rule that required permits for protests in 2014.",
        "أنهى حكم المباراة اللقاء في القاهرة في 2019.",
        # removed from a place, not a post
        "نحى الجيش المصري الحواجز عن الطريق في 2019.",
    ],
)
def test_no_ruler_removed_is_no_appointment(text):
    assert of_type(extract(text, "2021-09-10"), "appointment") == []
