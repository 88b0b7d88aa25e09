"""A strike on a site named by several words before its noun ("the Ain al-Asad air base")
takes place in the country named after that site, not in the country of the side that struck."""

from __future__ import annotations

import pytest
from test_extraction_support import extract

CASES = [
    # (text, where the strike took place)
    ("Two days later Iran fired missiles at the Ain al-Asad air base in Iraq, which houses American soldiers.", "IRQ"),
    ("Iran fired missiles at the Ain al-Asad air base in Iraq on Wednesday.", "IRQ"),
    ("Later Iran launched drones at the Al Udeid air base in Qatar.", "QAT"),
    ("Later Turkey fired rockets at the Sheikh Maqsoud military base in Syria.", "SYR"),
    ("Later Iran fired missiles at two military bases in Iraq.", "IRQ"),
    # Arabic names the site after its noun (قاعدة عين الأسد), so the noun stays next to على
    ("وأطلقت إيران يوم الأربعاء صواريخ باليستية على قاعدة عين الأسد الجوية في العراق.", "IRQ"),
    ("وأطلقت تركيا يوم الأربعاء صواريخ على قاعدة عسكرية في شمال سوريا.", "SYR"),
    # a doer named by several words after another preposition ("after US President Donald Trump
    # deployed") is no object of the strike: the deployment's place is not the strike's
    ("Iran fired missiles at rebels on Wednesday, after US President Donald Trump deployed troops in Iraq.", "IRN"),
    ("بعد أن نشر الرئيس الأمريكي قوات في العراق، أطلقت إيران صواريخ على متمردين يوم الأربعاء.", "IRN"),
]


@pytest.mark.parametrize(("text", "country"), CASES)
def test_a_strike_on_a_named_site_is_where_the_site_is(text, country):
    attack = next(e for e in extract(text, "2020-01-10") if e["event_type"] == "attack")
    assert attack["location"]["country"] == country, attack
