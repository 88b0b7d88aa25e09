"""A noun of a period after "since" of a comparison ("the heaviest bombardment since the 2014
war", "هي الأعنف منذ حرب 2014") names the baseline of the comparison: no event of that war, and
no date the catalog gives the war lent to the deed compared; the same war told as a deed of its
own ("destroyed in the 2014 war") is still an attack of 2014, and so is a war a relative clause of
its own tells ("the worst since the 50-day war of 2014, in which more than 2,100 Palestinians died",
«الأعنف منذ الحرب التي شنتها إسرائيل على غزة في ديسمبر 2008»). A deed named as another of its kind
("another Egyptian-mediated ceasefire") in a clause naming no side takes the sides of the last one
told."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

_PUBLISHED = "2018-05-17"


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the deed compared, with no day of its own: the publication's, not the war's 8 July 2014
        (
            "Israeli warplanes struck dozens of Hamas targets in the Gaza Strip in the heaviest bombardment "
            "since the 2014 war, the army said.",
            ["2018-05-17"],
        ),
        (
            "شنت الطائرات الإسرائيلية غارات على عشرات الأهداف التابعة لحركة حماس في قطاع غزة، هي الأعنف "
            "منذ حرب 2014.",
            ["2018-05-17"],
        ),
        # with a day of its own, that day, and no attack of 2014 beside it
        (
            "Israeli troops shot dead 16 Palestinians on the Gaza border on Friday, the bloodiest day since "
            "the 2014 war.",
            ["2018-05-11"],
        ),
        (
            "قتلت القوات الإسرائيلية 16 فلسطينيا على حدود قطاع غزة يوم الجمعة، في اليوم الأكثر دموية منذ "
            "الحرب على غزة عام 2014.",
            ["2018-05-11"],
        ),
        # the comparison alone tells no attack
        ("It was the bloodiest day in the Gaza Strip since the 2014 war.", []),
        ("وكان هذا اليوم الأكثر دموية في قطاع غزة منذ حرب 2014.", []),
        # not compared: the war told as a deed of its own is the attack of its year
        ("Hamas fighters have rebuilt tunnels in Gaza destroyed in the 2014 war with Israel.", ["2014"]),
        ("وأعاد مقاتلو حماس بناء أنفاق في غزة دمرت خلال حرب 2014 مع إسرائيل.", ["2014"]),
    ],
)
def test_a_war_compared_with_is_no_event_and_lends_no_date(text, dates):
    found = extract(text, _PUBLISHED)
    assert sorted(e["date"] for e in found if e["event_type"] == "attack") == dates


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # a catalogued war named after "since" of a comparison by a name holding a noun of a period
        ("Lebanon was mired in its worst economic crisis since the 1975-1990 civil war.", []),
        ("يعيش لبنان أسوأ أزمة اقتصادية منذ الحرب الأهلية 1975-1990.", []),
        # not compared: since alone tells the war a deed of its own, as the catalog knows it
        ("Lebanon has not recovered since the 1975-1990 civil war.", ["1975"]),
        ("يعيش لبنان أزمة منذ الحرب الأهلية 1975-1990.", ["1975-04-13"]),
    ],
)
def test_a_catalogued_war_compared_with_is_no_event(text, dates):
    found = extract(text, "2020-08-07")
    assert sorted(e["date"] for e in found if e["event_type"] == "attack") == dates


@pytest.mark.parametrize(
    ("text", "published", "war"),
    [
        # a relative clause that tells the war itself: the war is told, a deed of its time
        (
            "Israeli jets struck Gaza on Friday. The hostilities were the worst since the 50-day war of 2014, "
            "in which more than 2,100 Palestinians died.",
            "2021-05-21",
            "2014",
        ),
        (
            "شنت الطائرات الإسرائيلية غارات على غزة يوم الجمعة. ويعد التصعيد الأعنف منذ الحرب التي شنتها "
            "إسرائيل على غزة في ديسمبر 2008 واستمرت ثلاثة أسابيع.",
            "2012-11-22",
            "2008-12",
        ),
        (
            "The clashes on the Gaza border were the deadliest since the 2014 war, which ended with an "
            "Egyptian-brokered ceasefire.",
            "2018-05-17",
            "2014",
        ),
    ],
)
def test_a_war_compared_with_and_told_by_its_own_clause_is_an_event(text, published, war):
    found = extract(text, published)
    assert war in [e["date"] for e in found if e["event_type"] == "attack"], found


def test_another_ceasefire_takes_the_sides_of_the_one_told_before():
    text = (
        "A ceasefire between Israel and Hamas took hold on Friday. The hostilities were the worst since the "
        "50-day war of 2014, in which more than 2,100 Palestinians died before another Egyptian-mediated "
        "ceasefire took effect on Aug. 26 of that year."
    )
    truces = [e for e in extract(text, "2021-05-21") if e["event_type"] == "ceasefire"]
    old = [e for e in truces if e["date"] == "2014-08-26"]
    assert old and {"ISR", "PSE"} <= set(old[0]["countries"]), truces


def test_another_ceasefire_with_sides_of_its_own_keeps_them():
    text = (
        "A ceasefire between Israel and Hamas took hold on Friday. Another ceasefire, between Sudan's army "
        "and the Rapid Support Forces, took effect in Khartoum on Monday."
    )
    truces = [e for e in extract(text, "2021-05-21") if e["event_type"] == "ceasefire" and e["date"] == "2021-05-17"]
    assert truces and "ISR" not in truces[0]["countries"] and "SDN" in truces[0]["countries"], truces
