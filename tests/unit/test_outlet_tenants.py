"""A news outlet named as the tenant of premises a strike hits is no party of the strike; an
office of it that a state closes stays the outlet's."""

from __future__ import annotations

import pytest

from tests.unit.test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "kind", "countries"),
    [
        ("قصفت الطائرات الإسرائيلية برجا في غزة يضم مكاتب قناة الجزيرة ووكالة أسوشيتد برس.", "attack", {"ISR", "PSE"}),
        ("Israeli strikes on Gaza destroyed a tower housing the offices of Al Jazeera.", "attack", {"ISR", "PSE"}),
        ("Israel raided the offices of Al Jazeera in Ramallah on Monday.", "attack", {"ISR", "PSE"}),
        # a closure: the office is the outlet's own, and its country a side
        ("أغلقت السعودية مكتب قناة الجزيرة في الرياض أمس.", "sanctions", {"SAU", "QAT"}),
    ],
)
def test_an_outlet_whose_offices_are_hit(text, kind, countries):
    (event,) = of_type(extract(text, "2021-05-21"), kind)
    assert set(event["countries"]) == countries
