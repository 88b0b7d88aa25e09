"""When a catalogued telling of a deed and an uncatalogued retelling of it are one event, the
catalog's country places it: a sentence holding two states responsible for the assassination does
not move it to the second."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "published", "country"),
    [
        (
            "اغتيل رئيس الوزراء اللبناني السابق رفيق الحريري اليوم الاثنين في انفجار ضخم استهدف موكبه. وحمّلت "
            "المعارضة اللبنانية، في بيان صدر مساء اليوم، السلطة اللبنانية والسورية مسؤولية الاغتيال.",
            "2005-02-14",
            "LBN",
        ),
        (
            "Former Lebanese prime minister Rafik Hariri was assassinated on Monday when a huge bomb hit his "
            "motorcade. In a statement on Monday evening, the opposition held the Lebanese and Syrian authorities "
            "responsible for the assassination.",
            "2005-02-14",
            "LBN",
        ),
    ],
)
def test_the_catalog_s_country_places_the_retold_deed(text: str, published: str, country: str) -> None:
    found = of_type(extract(text, published), "attack")
    assert [(e["date"], e["location"]["country"]) for e in found] == [(published, country)]

