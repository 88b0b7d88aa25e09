"""Deployments told by soldiers entering a country (About 1,000 Saudi soldiers and 500 UAE police
officers entered Bahrain), by forces rolling across a causeway or a border into it, and by a state
sending its army into another (Turkey sent its army into northern Syria; أرسلت تركيا جيشها إلى
شمال سوريا، دفعت بجيشها إلى الحدود). Police entering a building, and refugees crossing a border,
are no deployment."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

PUBLISHED = "2021-03-15"


@pytest.mark.parametrize(
    ("text", "date", "countries"),
    [
        ("About 1,000 Saudi soldiers and 500 UAE police officers entered Bahrain on Sunday.", "2021-03-14", {"SAU", "BHR"}),
        ("Saudi troops rolled across the causeway into Bahrain on Sunday.", "2021-03-14", {"SAU", "BHR"}),
        ("Turkey sent its army into northern Syria in 2016.", "2016", {"TUR", "SYR"}),
        ("وأرسلت تركيا جيشها إلى شمال سوريا عام 2016.", "2016", {"TUR", "SYR"}),
        ("ودفعت تركيا بجيشها إلى الحدود مع سوريا الأحد.", "2021-03-14", {"TUR"}),
        ("ودخلت قوات سعودية وإماراتية البحرين الأحد.", "2021-03-14", {"SAU", "BHR"}),
    ],
)
def test_a_deployment_into_a_country(text, date, countries):
    found = of_type(extract(text, PUBLISHED), "deployment")
    assert [e["date"] for e in found] == [date] and countries <= set(found[0]["countries"]), found


@pytest.mark.parametrize(
    "text",
    [
        "Police officers entered the mosque in Cairo on Sunday.",
        "Hundreds of refugees rolled across the border into Jordan on Sunday.",
        "وعبر مئات اللاجئين الحدود إلى الأردن الأحد.",
    ],
)
def test_no_deployment(text):
    assert not of_type(extract(text, PUBLISHED), "deployment")


@pytest.mark.parametrize(
    ("text", "types"),
    [
        # the army ordered or brought onto the streets: deployed there, no crowd
        ("Zambian President Edgar Lungu ordered the army onto the streets on Aug. 1 to help police contain the violence.", ["deployment"]),
        ("أنزل الرئيس الزامبي إدغار لونغو الجيش إلى الشوارع في الأول من أغسطس لمساعدة الشرطة.", ["deployment"]),
        # troops that moved in, as دخلت القوات
        ("Sudanese troops moved in late in December 2020 to retake farmland in al-Fashaga, on the border with Ethiopia.", ["deployment"]),
        ("دخلت القوات السودانية منطقة الفشقة على الحدود مع إثيوبيا في ديسمبر 2020.", ["deployment"]),
        # crowds taking to the streets, tenants moving in
        ("Thousands of Zambians took to the streets of Lusaka on Aug. 1.", ["protest"]),
        ("نزل آلاف الزامبيين إلى شوارع لوساكا في الأول من أغسطس.", ["protest"]),
        ("New Sudanese tenants moved in last year in Khartoum.", []),
    ],
)
def test_the_army_onto_the_streets_and_troops_moving_in(text, types):
    assert sorted(e["event_type"] for e in extract(text, "2021-08-12")) == types
