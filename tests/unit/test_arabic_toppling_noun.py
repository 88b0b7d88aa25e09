"""The Arabic noun of toppling a ruler or a government (إطاحة الجيش بالرئيس، الإطاحة بحكومة) is
the ruler removed, as the verb أطاح tells; a regime toppled only in a hope or a charge is not."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date", "country"),
    [
        (
            "وتشكلت السلطة الانتقالية في السودان بعد أشهر من إطاحة الجيش بالرئيس عمر البشير في 11 أبريل (نيسان) 2019.",
            "2020-10-04",
            "2019-04-11",
            "SDN",
        ),
        (
            "وتعيش باكستان أزمة سياسية منذ الإطاحة بحكومة نواز شريف في 12 أكتوبر 1999.",
            "2001-07-17",
            "1999-10-12",
            "PAK",
        ),
    ],
)
def test_the_toppling_noun_is_an_appointment(text: str, published: str, date: str, country: str) -> None:
    found = of_type(extract(text, published), "appointment")
    assert [(e["date"], e["countries"]) for e in found] == [(date, [country])], found


def test_a_regime_toppled_in_a_hope_is_none() -> None:
    text = 'وتابع قائلا: "في قطر كانوا يأملون أنه وبعد الإطاحة بالنظام القائم في مصر أن يتحكموا بالعالم العربي".'
    assert not of_type(extract(text, "2018-04-27"), "appointment")


def test_the_protest_with_its_own_onset_stays_beside_the_toppling() -> None:
    text = (
        "بعد أشهر من إطاحة الجيش بالرئيس عمر البشير في 11 أبريل (نيسان) 2019 إثر احتجاجات شعبية اندلعت في ديسمبر 2018."
    )
    events = extract(text, "2020-10-04")
    assert [e["date"] for e in of_type(events, "protest")] == ["2018-12"], events
    assert [e["date"] for e in of_type(events, "appointment")] == ["2019-04-11"], events
