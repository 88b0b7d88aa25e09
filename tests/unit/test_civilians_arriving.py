"""Civilians or displaced people arriving somewhere are fleeing, no visit, in English as in
Arabic: '"More than 500 civilians have arrived in the town of Tal Rifaat, which is controlled by
pro-government forces," the director said', «وصل مئات المدنيين إلى بلدة تل رفعت». An official
arriving is still a visit."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type

ROWS = [
    # (text, published, expected visit dates)
    ("\"More than 500 civilians have arrived in the town of Tal Rifaat, which is controlled by pro-government "
     "forces in northern Aleppo,\" the director said.", "2018-03-12", []),
    ("Hundreds of civilians have arrived in Azaz, which is held by Turkish forces.", "2018-03-12", []),
    ("Hundreds of displaced people have arrived in Azaz, which is held by Turkish forces.", "2018-03-12", []),
    ("وقال المدير إن مئات المدنيين وصلوا إلى بلدة تل رفعت التي تسيطر عليها قوات النظام.", "2018-03-12", []),
    ("وصل مئات المدنيين إلى بلدة تل رفعت في شمال حلب الاثنين.", "2018-03-12", []),
    # officials arriving still visit
    ("The Turkish foreign minister arrived in Moscow on Monday.", "2018-03-12", ["2018-03-12"]),
    ("وصل وزير الخارجية التركي إلى موسكو الاثنين.", "2018-03-12", ["2018-03-12"]),
]


@pytest.mark.parametrize(("text", "published", "dates"), ROWS)
def test_civilians_arriving(text: str, published: str, dates: list[str]) -> None:
    assert sorted(e["date"] for e in of_type(extract(text, published), "visit")) == dates
