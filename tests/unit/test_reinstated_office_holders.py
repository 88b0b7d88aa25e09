"""An office holder restored to the office he lost is a change of office (reinstated by the
military, أعاد الجيش حمدوك إلى منصبه); a measure or an account put back in force is none. A
domestic deed of a clause naming no country, in a sentence naming one alone, is that country's.
A ruler proclaimed by a council (نادى مجلس الوزراء بالشيخ مشعل أميرا) takes the office too."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Sudan's military reinstated Prime Minister Abdalla Hamdok on Sunday.", ["2022-01-02"]),
        ("أعاد الجيش السوداني رئيس الوزراء عبد الله حمدوك إلى منصبه يوم الأحد.", ["2022-01-02"]),
        # a clause of its own, counted back in weeks, in the country of the sentence's other names
        (
            "Sudan's Prime Minister Abdalla Hamdok resigned late on Sunday, six weeks after he was reinstated by the military.",
            ["2022-01-02", "2021-11-21"],
        ),
        # guards: a measure, an account
        ("The United States reinstated a travel ban on Sudan on Sunday.", []),
        ("Twitter reinstated the account of Sudan's former president on Sunday.", []),
    ],
)
def test_an_office_holder_reinstated_takes_the_office_again(text, dates):
    found = of_type(extract(text, "2022-01-03"), "appointment")
    assert [e["date"] for e in found] == dates, found
    assert all(e["countries"] == ["SDN"] for e in found), found


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("The Kuwaiti cabinet proclaimed Sheikh Meshal al-Ahmad al-Sabah as the new emir on Saturday.", 1),
        ("نادى مجلس الوزراء الكويتي بالشيخ مشعل الأحمد الجابر الصباح أميرا للبلاد يوم السبت.", 1),
        ("وكان مجلس الوزراء الكويتي قد نادى بسموه أميرا للبلاد يوم السبت.", 1),
        # guard: a state proclaimed, no office
        ("Kuwaiti rebels proclaimed independence on Saturday.", 0),
    ],
)
def test_a_ruler_proclaimed_takes_the_office(text, count):
    found = of_type(extract(text, "2023-12-17"), "appointment")
    assert [e["date"] for e in found] == ["2023-12-16"] * count, found


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Thailand's parliament voted Srettha Thavisin in as prime minister on Tuesday.", 1),
        ("Thai lawmakers voted Srettha Thavisin prime minister on Tuesday.", 1),
        # guards: a vote against or on something else
        ("Thai lawmakers voted against the prime minister on Tuesday.", 0),
        ("Thai lawmakers voted on Tuesday to censure the prime minister.", 0),
    ],
)
def test_a_parliament_that_voted_a_person_into_office_elected_him(text, count):
    assert len(of_type(extract(text, "2023-08-23"), "election")) == count
