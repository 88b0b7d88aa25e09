"""English aid told by the verbs its Arabic twins hold: aid granted ('announced the granting of aid
to those affected', as «أعلن التحالف عن منح مساعدات للمتضررين») and fuel or food provided to a
place ('Egypt has provided fuel to the Gaza Strip', as «وفرت مصر الوقود لقطاع غزة»); access or
leave granted to aid workers, and fuel sold or provided to customers, are no aid (real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The coalition announced the granting of aid to those affected, in cooperation with the government of Yemen.", {"YEM"}),
        ("وأعلن التحالف عن منح مساعدات للمتضررين بالتعاون مع الحكومة الشرعية في اليمن.", {"YEM"}),
        ("Saudi Arabia granted aid to Yemen on Monday.", {"SAU", "YEM"}),
        ("During the past months Egypt has provided fuel to the Gaza Strip to run its main power station.", {"EGY", "PSE"}),
        ("وخلال الشهور الماضية وفرت مصر الوقود لقطاع غزة لتشغيل محطة الكهرباء الرئيسية بها.", {"EGY", "PSE"}),
        ("Turkey provided food to the displaced in Idlib on Monday.", {"TUR", "SYR"}),
    ],
)
def test_aid_granted_or_fuel_provided_is_aid(text: str, countries: set[str]) -> None:
    found = of_type(extract(text, "2018-09-02"), "aid")
    assert found and countries <= set(found[0]["countries"]), found


@pytest.mark.parametrize(
    "text",
    [
        # access or entry granted to those who bring aid: no aid given
        "The government granted aid agencies access to the city on Monday.",
        "Israel granted access to aid workers on Monday.",
        # fuel sold to a company's customers, no relief
        "The company provided fuel to its customers on Monday.",
        "The firm sold fuel to Gaza on Monday.",
    ],
)
def test_access_granted_or_fuel_sold_is_no_aid(text: str) -> None:
    assert not of_type(extract(text, "2018-09-02"), "aid")
