"""A catalogued document signed: a statement named by its place, and a name after على set off
from its verb by a date between commas, are told as the document's signing."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    "text",
    [
        # a statement of a place signed, its subject and day between
        "وقع ملوك وأمراء ورؤساء دول الخليج الست ومصر أمس الثلاثاء «بيان العلا» الذي أنهى الخلاف.",
        # the signed object after على, a date set off by commas between
        "وقع زعماء دول الخليج، أمس الثلاثاء، على «بيان العلا» في ختام قمتهم.",
        "وقع زعماء دول الخليج، أمس الثلاثاء الموافق للخامس من الشهر، على \"بيان العلا\".",
        # the same in English
        "Gulf leaders, at their summit on Tuesday, signed the Al-Ula declaration.",
    ],
)
def test_a_catalogued_statement_signed_is_an_agreement(text):
    found = extract(text, "2021-01-06")
    assert [e["date"] for e in of_type(found, "agreement")] == ["2021-01-05"]
    assert of_type(found, "relations") == []


@pytest.mark.parametrize(
    "text",
    [
        # a name after a preposition of time or cause dates another deed, even across commas
        "وقعت اشتباكات في الكويت، بعد يومين، بعد إعلان العلا.",
        "خرج المحتجون، أمس الثلاثاء، احتجاجا على «بيان العلا».",
    ],
)
def test_a_named_statement_after_a_stop_is_no_signing(text):
    found = extract(text, "2021-01-06")
    assert [e for e in of_type(found, "agreement") if "العلا" in (e.get("trigger") or "")] == []
