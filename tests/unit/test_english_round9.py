"""Live pages, readouts, regional outlets (Iraqi News, Anadolu, Ahram Online, Jordan Times), long reads
and obituaries: sentence shapes read since the ninth English round."""

from __future__ import annotations

import pytest
from test_extraction_support import extract, of_type


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Iraq's foreign ministry on Friday condemned the Turkish air strikes on the Sinjar district. "
            "Turkish jets struck targets in Sinjar and the Makhmour camp on Wednesday night, killing at least five people.",
            "2024-06-19",
        ),
        (
            "أدانت وزارة الخارجية العراقية يوم الجمعة الغارات التركية على قضاء سنجار. "
            "وكانت طائرات تركية قد قصفت أهدافا في سنجار ومخيم مخمور ليلة الأربعاء، ما أسفر عن مقتل خمسة أشخاص.",
            "2024-06-19",
        ),
    ],
)
def test_a_condemned_deed_told_on_its_own_day_is_not_dated_by_the_condemnation(text, day):
    attacks = of_type(extract(text, "2024-06-21"), "attack")
    assert [a["date"] for a in attacks] == [day]
