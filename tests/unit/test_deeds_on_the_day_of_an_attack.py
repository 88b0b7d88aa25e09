"""A deed told on the day of an attack told before ("On the day of the Kirkuk attack, Iran began
joint naval drills", «وفي يوم الهجوم نفسه تظاهر المئات») took place on that attack's day, the
one a name before the noun points to; the words name a time, no attack of their own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUB = "2020-01-08"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Tensions had spiralled since a December 27 rocket attack on a base near Kirkuk that killed a US contractor. "
            "Trump pulled out of the nuclear deal in 2018. "
            "On the day of the Kirkuk attack, Iran began joint naval drills with Russia and China in the Gulf of Oman.",
            "military_exercise",
        ),
        (
            "قتل متعاقد أميركي في هجوم صاروخي على قاعدة قرب كركوك في 27 ديسمبر. وانسحب ترامب من الاتفاق النووي عام 2018. "
            "وفي يوم الهجوم، بدأت إيران مناورات بحرية مشتركة مع روسيا والصين في خليج عمان.",
            "military_exercise",
        ),
        (
            "قتل متعاقد أميركي في هجوم صاروخي على قاعدة قرب كركوك في 27 ديسمبر. وانسحب ترامب من الاتفاق النووي عام 2018. "
            "ويوم وقوع الهجوم، بدأت إيران مناورات بحرية مشتركة مع روسيا والصين في خليج عمان.",
            "military_exercise",
        ),
    ],
)
def test_a_deed_on_the_day_of_the_attack_takes_its_day(text, event_type):
    assert [e["date"] for e in of_type(extract(text, PUB), event_type)] == ["2019-12-27"]
    assert [e["date"] for e in of_type(extract(text, PUB), "attack")] == ["2019-12-27"]


def test_a_name_before_the_noun_points_to_its_attack():
    text = (
        "A rocket attack hit a base near Kirkuk on December 27. A drone strike hit Baghdad airport on January 3. "
        "On the day of the Kirkuk attack, Iran began joint naval drills with Russia and China."
    )
    assert [e["date"] for e in of_type(extract(text, PUB), "military_exercise")] == ["2019-12-27"]


def test_a_labour_strike_is_no_attack_to_date_by():
    text = (
        "Gunmen killed a policeman in Tunis on Jan. 10. The UGTT union held a general strike on Jan. 17 over wages. "
        "On the day of the strike, thousands of workers rallied in Tunis."
    )
    assert "2019-01-10" not in [e["date"] for e in of_type(extract(text, "2019-01-20"), "protest")]


def test_a_deed_while_a_later_vote_went_on_keeps_the_day_of_the_news_before():
    text = (
        "أجرى العراق انتخابات برلمانية مبكرة في 10 أكتوبر الماضي. وصوت البرلمان العراقي أمس على منح الثقة لحكومة "
        "السوداني. وتظاهر المئات أمام مبنى البرلمان خلال التصويت."
    )
    assert [e["date"] for e in of_type(extract(text, "2022-10-28"), "protest")] == ["2022-10-27"]

