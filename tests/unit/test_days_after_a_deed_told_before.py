"""A deed told as so many days after a deed named by a definite noun that an earlier sentence
tells with a day ("Israeli jets struck Beirut on Monday. Thousands protested two days after the
strike", «شنت طائرات إسرائيلية غارة على بيروت يوم الاثنين. وتظاهر الآلاف بعد يومين من الغارة»):
two deeds, the later one on that day plus the days counted; the noun is the strike told before,
not a strike of its own two days before the protest. A day of the deed's own sentence stands; a
noun of a type told nowhere before, or an indefinite one, counts from nothing."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

EN = "Israeli jets struck Beirut on Monday. "
AR = "شنت طائرات إسرائيلية غارة على بيروت يوم الاثنين. "


@pytest.mark.parametrize(
    ("text", "kind", "dates"),
    [
        (EN + "Thousands protested in Beirut two days after the strike.", "protest", ["2024-03-20"]),
        (AR + "وتظاهر الآلاف في بيروت بعد يومين من الغارة.", "protest", ["2024-03-20"]),
        (AR + "وتظاهر الآلاف في بيروت بعد يومين من الغارة.", "attack", ["2024-03-18"]),
        # the day after: a noun in -ing after "the" is a noun; في اليوم التالي with its ل on the noun
        (EN + "Thousands protested in Beirut the day after the bombing.", "protest", ["2024-03-19"]),
        ("Israeli jets bombed Beirut on Monday. Lebanese police arrested activist Ahmed Said the day after the bombing.",
         "arrest", ["2024-03-19"]),
        (AR + "واعتقلت الشرطة اللبنانية الناشط أحمد سعيد في اليوم التالي للغارة.", "arrest", ["2024-03-19"]),
        # near-misses: a day of its own sentence; no such deed told before; an indefinite noun
        (EN + "Thousands protested in Beirut on Tuesday, two days after the strike.", "protest", ["2024-03-19"]),
        (AR + "وتظاهر الآلاف في بيروت يوم الثلاثاء بعد يومين من الغارة.", "protest", ["2024-03-19"]),
        (EN + "Thousands protested in Beirut two days after the elections.", "protest", ["2024-03-21"]),
        (EN + "Thousands protested in Beirut two days after a strike on Tyre.", "protest", ["2024-03-21"]),
    ],
)
def test_counted_from_the_deed_told_before(text, kind, dates):
    events = of_type(extract(text, "2024-03-21"), kind)
    assert sorted(e["date"] for e in events) == dates
