"""An aside of support set off by commas after a deed's doer («وتشن القوات الموالية للحكومة،
بدعم من التحالف الذي تقوده السعودية، هجوماً على الحديدة منذ يونيو الماضي», "Iraqi forces,
backed by U.S. jets, have waged an offensive since October") is part of the deed's clause: the
time told after it dates the deed, though the aside holds a relative word of its own."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

from events.assemble.support_asides import in_a_support_aside, support_aside_at


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("وتشن القوات الموالية للحكومة اليمنية، بدعم من التحالف الذي تقوده السعودية والإمارات، هجوماً على الحديدة منذ يونيو الماضي.", "2018-06"),
        ("وتشن القوات الموالية للحكومة اليمنية هجوماً على الحديدة منذ يونيو الماضي.", "2018-06"),
        ("وشنت القوات اليمنية، بمساندة من طائرات التحالف الذي تقوده السعودية، هجوما على الحديدة الأحد الماضي.", "2018-12-09"),
        ("Yemeni government forces, backed by a coalition that Saudi Arabia leads, have waged an offensive on Hodeidah since June.", "2018-06"),
        # a time inside the aside is the support's, not the offensive's
        ("وشنت القوات اليمنية، بدعم من التحالف منذ 2015، هجوما على الحديدة.", "2018-12-14"),
    ],
)
def test_the_time_after_an_aside_of_support_is_the_deed_s(text: str, date: str) -> None:
    found = of_type(extract(text, "2018-12-14"), "attack")
    assert [ev["date"] for ev in found] == [date], found


@pytest.mark.parametrize(
    ("text", "comma", "inside"),
    [
        ("وتشن القوات، بدعم من التحالف الذي تقوده السعودية، هجوماً", "،", True),
        ("Iraqi forces, backed by U.S. jets, launched", ",", True),
        ("القوات العراقية، مدعومة بضربات جوية من التحالف، بدأت", "،", True),
        # an aside that names no support, or one never closed, is no such aside
        ("وتشن القوات، التي تقودها السعودية، هجوماً", "،", False),
        ("Iraqi forces launched an offensive, backed by U.S. jets.", ",", False),
    ],
)
def test_asides_of_support(text: str, comma: str, inside: bool) -> None:
    at = text.index(comma)
    assert in_a_support_aside(text, at, 0) is inside
    assert (support_aside_at(text, at + 3, 0) is not None) is inside
