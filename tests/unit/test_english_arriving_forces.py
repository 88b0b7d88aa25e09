"""Troops or military hardware that arrive or are flown in, told as the subject of the trip
word's clause, are a deployment, not a visit (`arriving_forces`); an official's arrival stays a
visit, even beside troops told in another clause."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        # a long subject: the troops and what they were assigned to, up to the verb
        (
            "ANKARA, Jan 5 (Reuters) - The first U.S. troops assigned to operate Patriot missile batteries on "
            "Turkey's border with Syria arrived at the Incirlik air base in southern Turkey on Friday.",
            "2013-01-05",
            "2013-01-04",
        ),
        # hardware flown in, two heads joined by "and"
        ("The jets and the Patriot battery were flown into Jordan earlier this month for the exercise.", "2013-06-16", "2013-06"),
        # after a fronted day
        (
            "On Tuesday, some 3,000 U.S. soldiers sent from bases in Germany to shore up the eastern flank of "
            "NATO arrived in Poland.",
            "2022-02-16",
            "2022-02-15",
        ),
        # a contingent of police or troops sent abroad, peacekeepers
        (
            "A first contingent of Kenyan police officers arrived in Haiti on Tuesday to lead a U.N.-backed mission.",
            "2024-06-26",
            "2024-06-25",
        ),
        ("The first Russian peacekeepers arrived in Nagorno-Karabakh on Tuesday.", "2020-11-11", "2020-11-10"),
        # a phrase between commas that describes the troops, up to the verb
        (
            "ADEN, Aug 4 (Reuters) - Hundreds of troops from the United Arab Emirates, equipped with tanks and "
            "armoured vehicles, have landed in the southern Yemeni port city of Aden, militia sources said.",
            "2015-08-04",
            "2015-08-04",
        ),
        (
            "Some 2,000 soldiers from Chad, backed by armoured columns and helicopters, landed in Niamey on Friday.",
            "2013-01-19",
            "2013-01-18",
        ),
        # the Arabic word of a contingent arriving is read as forces sent already
        ("وصلت أول دفعة من الشرطة الكينية إلى هايتي يوم الثلاثاء.", "2024-06-26", "2024-06-25"),
    ],
)
def test_forces_arriving_are_a_deployment(text, published, date):
    found = extract(text, published)
    assert [e["date"] for e in of_type(found, "deployment")] == [date]
    assert of_type(found, "visit") == []


@pytest.mark.parametrize(
    "text",
    [
        "French President Emmanuel Macron arrived in Beirut on Thursday.",
        "Kenyan President William Ruto arrived in Haiti on Thursday with a contingent of journalists.",
        "وصل الرئيس الكيني وليام روتو إلى هايتي يوم الخميس.",
        # the troops are another clause's subject
        "Troops guarded the airport in Baghdad as Secretary of State Mike Pompeo arrived on Tuesday.",
        # a phrase between commas that describes the official, no forces
        "French President Emmanuel Macron, accompanied by his foreign minister, arrived in Beirut on Thursday.",
    ],
)
def test_an_official_arriving_stays_a_visit(text):
    found = extract(text, "2020-08-07")
    assert of_type(found, "visit")
    assert of_type(found, "deployment") == []


@pytest.mark.parametrize(
    ("text", "deployed"),
    [
        # soldiers who deserted or defected left their force: no deployment where they crossed
        (
            "More than 60 members of the Venezuelan security forces had deserted and crossed into Colombia by Sunday.",
            False,
        ),
        ("Dozens of Venezuelan soldiers defected and crossed the border into Colombia on Sunday.", False),
        ("عبر جنود فنزويليون منشقون الحدود إلى كولومبيا يوم الأحد.", False),
        # troops sent across stay a deployment
        ("Russian troops crossed into Ukraine on Sunday.", True),
        ("Turkish troops crossed the border into Syria on Sunday.", True),
        ("عبرت قوات تركية الحدود إلى سوريا يوم الأحد.", True),
    ],
)
def test_deserters_crossing_are_no_deployment(text, deployed):
    assert bool(of_type(extract(text, "2019-02-24"), "deployment")) is deployed


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a contingent of police officers arriving abroad, as دفعة من الشرطة
        ("A first contingent of Kenyan police officers arrived in Haiti on Aug. 3.", "2021-08-03"),
        ("وصلت أول دفعة من الشرطة الكينية إلى هايتي في 3 أغسطس.", "2021-08-03"),
    ],
)
def test_a_contingent_arriving_is_a_deployment(text, date):
    found = extract(text, "2021-08-12")
    assert [e["date"] for e in of_type(found, "deployment")] == [date]
    assert of_type(found, "visit") == []


def test_a_contingent_of_fans_is_no_deployment():
    assert of_type(extract("A contingent of Kenyan fans arrived in Qatar on Aug. 3.", "2021-08-12"), "deployment") == []
