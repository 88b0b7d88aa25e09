"""A deed of another type that a phrase of coincidence introduces (بالتزامن مع تعزيزات
عسكرية، coinciding with military reinforcements) happened too, at the same time as the
sentence's own deed: it is an event dated as that deed is, not only its setting."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        ("وصعدت قوات النظام قصفها على ريف إدلب يوم الجمعة، بالتزامن مع حشود عسكرية على أطراف المدينة.", "2018-02-20", "2018-02-16"),
        ("وتشهد مدينة حماة منذ مساء الأحد قصفا عنيفا من قبل قوات النظام، بالتزامن مع تعزيزات عسكرية تنذر بهجوم بري.", "2018-02-20", "2018-02-18"),
        ("The regime intensified air strikes on Eastern Ghouta on Sunday, coinciding with military reinforcements that herald a ground assault.", "2018-02-20", "2018-02-18"),
        ("Government forces shelled the outskirts of Idlib on Friday, in tandem with a military buildup around the city.", "2018-02-20", "2018-02-16"),
    ],
)
def test_reinforcements_coinciding_with_a_strike_are_sent(text: str, published: str, date: str) -> None:
    found = of_type(extract(text, published), "deployment")
    assert [e["date"] for e in found] == [date], [(e["trigger"], e["date"]) for e in found]
