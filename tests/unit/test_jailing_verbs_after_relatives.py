"""Jailing told by a verb that spells like the noun of the prison or of the detention
(Arabic حبس، سجن right after a relative pronoun: "الذي حبس بتهمة ...") or by an English
phrase (put, thrown or sent to prison or jail) is the arrest of the person it qualifies
(real resources)."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        (
            "وحضر الجلسة المعارض التونسي الأمين بن صالح الذي حبس بتهمة التآمر على أمن الدولة.",
            "2019-03-12",
            "TUN",
        ),
        (
            "وتحدث في المؤتمر المدون المغربي سليم العلوي الذي سجن بسبب تدويناته.",
            "2019-03-12",
            "MAR",
        ),
        (
            "Tunisian opposition figure Lamine Ben Salah, who was put in prison on conspiracy charges, attended the session.",
            "2019-03-12",
            "TUN",
        ),
        (
            "The Moroccan blogger Salim Alaoui was sent to prison over his posts.",
            "2019-03-12",
            "MAR",
        ),
    ],
)
def test_jailing_verbs(text: str, published: str, country: str) -> None:
    found = of_type(extract(text, published), "arrest")
    assert [country in e["countries"] for e in found] == [True], [(e["trigger"], e["countries"]) for e in found]
