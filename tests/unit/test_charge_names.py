"""The names told in the charge an arrest is for (بتهمة التخابر مع العدو الإسرائيلي, on charges of
spying for Israel) are what the charge is about, neither the arrest's parties nor its country: the
arrest keeps the countries of its other names, and with none left is no arrest of that country."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("Lebanese state security arrested actor Ziad Itani on Thursday on charges of spying for Israel.", [{"LBN"}]),
        ("أوقفت السلطات اللبنانية الممثل زياد عيتاني مساء أمس بتهمة التخابر مع إسرائيل.", [{"LBN"}]),
        # no other name: no arrest of Israel's
        ("بيروت - أوقفت المديرية العامة لأمن الدولة مساء أمس الممثل المسرحي زياد عيتاني، بتهمة التخابر والتعامل مع العدو الإسرائيلي.", []),
        # guards: a country named before the charge stays; a city in the charge's clause may be where it was made
        ("Turkish police detained a Syrian journalist in Istanbul on Thursday on charges of spying for Israel.", [{"TUR", "SYR"}]),
        ("Israeli police arrested Palestinian activist Issa Amro on Thursday in Hebron.", [{"ISR", "PSE"}]),
    ],
)
def test_the_charge_names_no_party(text, countries):
    found = of_type(extract(text, "2017-11-24"), "arrest")
    assert [set(e["countries"]) for e in found] == countries, [(e["countries"], e["actor1"]) for e in found]
